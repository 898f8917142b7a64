package dk.bif.examples.cli;

import dk.bif.core.admission.Level;
import dk.bif.core.curriculum.Catalogue;
import dk.bif.core.curriculum.Part;
import dk.bif.core.exam.AlreadyPassedException;
import dk.bif.core.exam.AttemptsExhaustedException;
import dk.bif.core.exam.ExamAttempt;
import dk.bif.core.exam.ExamAttemptPolicy;
import dk.bif.core.exam.ExamRecord;
import dk.bif.examples.csv.RowError;
import dk.bif.examples.csv.SittingRow;
import dk.bif.examples.language.Words;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Records exam sittings read from a file on the participants' exam records, one row at a time
 * through the {@link ExamAttemptPolicy}: a sitting after a pass, or once all three attempts are
 * used, is refused with its line; a sitting already on the record is not recorded twice; every
 * other row is kept. Rows are taken in date order, so a file need not be sorted.
 */
final class SittingBook {

  private final Words words;
  private final Catalogue catalogue = Catalogue.builtIn();
  private final ExamAttemptPolicy attempts = new ExamAttemptPolicy();

  SittingBook(Words words) {
    this.words = words;
  }

  /**
   * What recording a file's sittings did.
   *
   * @param recorded the sittings recorded
   * @param already the sittings the records held already
   * @param errors the rows refused, with their lines
   */
  record Result(int recorded, int already, List<RowError> errors) {}

  /**
   * @param rows the sittings read
   * @param find the record of an employee's part, if one is kept
   * @param level the level a new record is opened at, when the row gives none
   * @param save keeps a record after a sitting was added
   * @return what was done
   */
  Result record(
      List<SittingRow> rows,
      Function<SittingRow, Optional<ExamRecord>> find,
      Function<SittingRow, Level> level,
      Consumer<ExamRecord> save) {
    List<SittingRow> ordered = new ArrayList<>(rows);
    ordered.sort(Comparator.comparing(SittingRow::date).thenComparingLong(SittingRow::line));
    int recorded = 0;
    int already = 0;
    List<RowError> errors = new ArrayList<>();
    for (SittingRow row : ordered) {
      Optional<Part> part = catalogue.part(row.part()).filter(Part::finalExam);
      if (part.isEmpty()) {
        errors.add(new RowError(row.line(), words.get("sitting.no-exam", row.part().value())));
        continue;
      }
      Optional<ExamRecord> kept = find.apply(row);
      if (kept.isPresent()
          && row.level().isPresent()
          && !row.level().get().equals(kept.get().level())) {
        errors.add(
            new RowError(
                row.line(),
                words.get(
                    "sitting.level-differs",
                    row.level().get().name().toLowerCase(java.util.Locale.ROOT),
                    kept.get().level().name().toLowerCase(java.util.Locale.ROOT))));
        continue;
      }
      ExamRecord record =
          kept.orElseGet(
              () ->
                  new ExamRecord(
                      row.employee(), row.part(), row.level().orElseGet(() -> level.apply(row))));
      ExamAttempt attempt = row.attemptRecord();
      if (record.attempts().contains(attempt)) {
        already++;
        continue;
      }
      int number = record.attemptsUsed() + 1;
      if (row.attempt().isPresent()
          && attempt.outcome().usesAttempt()
          && row.attempt().get() != number) {
        errors.add(
            new RowError(
                row.line(),
                words.get(
                    "sitting.attempt-number", row.attempt().get(), number, name(part.get()))));
        continue;
      }
      try {
        record.recordAttempt(attempt, attempts);
      } catch (AlreadyPassedException e) {
        errors.add(
            new RowError(
                row.line(),
                words.get("sitting.already-passed", name(part.get()), e.passedOn(), e.grade())));
        continue;
      } catch (AttemptsExhaustedException e) {
        errors.add(
            new RowError(
                row.line(), words.get("sitting.attempts-used", e.maxAttempts(), name(part.get()))));
        continue;
      } catch (IllegalArgumentException e) {
        errors.add(new RowError(row.line(), words.get("sitting.before-last", row.date())));
        continue;
      }
      save.accept(record);
      recorded++;
    }
    errors.sort(Comparator.comparingLong(RowError::line));
    return new Result(recorded, already, errors);
  }

  private String name(Part part) {
    String key = "part." + part.id().value();
    return words.has(key) ? words.get(key) : part.name();
  }
}
