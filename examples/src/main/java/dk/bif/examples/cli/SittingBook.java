package dk.bif.examples.cli;

import dk.bif.core.admission.Level;
import dk.bif.core.curriculum.Catalogue;
import dk.bif.core.curriculum.Part;
import dk.bif.core.enrolment.Progress;
import dk.bif.core.exam.AlreadyPassedException;
import dk.bif.core.exam.AttemptsExhaustedException;
import dk.bif.core.exam.ExamAttempt;
import dk.bif.core.exam.ExamAttemptPolicy;
import dk.bif.core.exam.ExamRecord;
import dk.bif.core.people.EmployeeId;
import dk.bif.examples.csv.EmployeeRow;
import dk.bif.examples.csv.RowError;
import dk.bif.examples.csv.RowProblem;
import dk.bif.examples.csv.SittingRow;
import dk.bif.examples.language.Words;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Records exam sittings read from a file on the participants' exam records, one row at a time
 * through the {@link ExamAttemptPolicy}: a sitting after a pass, or once all three attempts are
 * used, is refused with its reason; a sitting already on the record is not recorded twice. Rows are
 * taken in date order ({@link #inDateOrder}), so a file need not be sorted.
 */
final class SittingBook {

  private final Words words;
  private final Catalogue catalogue = Catalogue.builtIn();
  private final ExamAttemptPolicy attempts = new ExamAttemptPolicy();

  SittingBook(Words words) {
    this.words = words;
  }

  /** The sittings by date, then by line. */
  static List<SittingRow> inDateOrder(List<SittingRow> rows) {
    List<SittingRow> ordered = new ArrayList<>(rows);
    ordered.sort(Comparator.comparing(SittingRow::date).thenComparingLong(SittingRow::line));
    return ordered;
  }

  /**
   * Records one sitting.
   *
   * @param row the sitting
   * @param kept the employee's record of the part, if one is kept
   * @param level the level a new record is opened at, when the row gives none
   * @param save keeps the record after the sitting was added
   * @return true when recorded, false when the record held it already
   * @throws RowProblem when the rules refuse it
   */
  boolean record(
      SittingRow row, Optional<ExamRecord> kept, Supplier<Level> level, Consumer<ExamRecord> save) {
    Part part =
        catalogue
            .part(row.part())
            .filter(Part::finalExam)
            .orElseThrow(() -> new RowProblem(words.get("sitting.no-exam", row.part().value())));
    if (kept.isPresent()
        && row.level().isPresent()
        && !row.level().get().equals(kept.get().level())) {
      throw new RowProblem(
          words.get(
              "sitting.level-differs",
              ProgrammeRecords.level(row.level().get()),
              ProgrammeRecords.level(kept.get().level())));
    }
    ExamRecord record =
        kept.orElseGet(
            () -> new ExamRecord(row.employee(), row.part(), row.level().orElseGet(level)));
    ExamAttempt attempt = row.attemptRecord();
    if (record.attempts().contains(attempt)) {
      return false;
    }
    int number = record.attemptsUsed() + 1;
    if (row.attempt().isPresent()
        && attempt.outcome().usesAttempt()
        && row.attempt().get() != number) {
      throw new RowProblem(
          words.get("sitting.attempt-number", row.attempt().get(), number, name(part)));
    }
    try {
      record.recordAttempt(attempt, attempts);
    } catch (AlreadyPassedException e) {
      throw new RowProblem(
          words.get("sitting.already-passed", name(part), e.passedOn(), e.grade()));
    } catch (AttemptsExhaustedException e) {
      throw new RowProblem(words.get("sitting.attempts-used", e.maxAttempts(), name(part)));
    } catch (IllegalArgumentException e) {
      throw new RowProblem(words.get("sitting.before-last", row.date()));
    }
    save.accept(record);
    return true;
  }

  /**
   * The staff with what their exam sittings add to the register: passes, and the attempts used.
   * Sittings of people not in {@code rows} (former staff) are left out; refused sittings are added
   * to {@code errors}.
   *
   * @param rows the staff and their completions from the register
   * @param sittings the sittings read
   * @param errors where refused sittings go
   * @return the staff with their progress from both
   */
  List<EmployeeRow> withSittings(
      List<EmployeeRow> rows, List<SittingRow> sittings, List<RowError> errors) {
    Set<EmployeeId> ids = new HashSet<>();
    rows.forEach(r -> ids.add(r.employee().id()));
    Map<String, ExamRecord> records = new HashMap<>();
    for (SittingRow s : inDateOrder(sittings)) {
      if (!ids.contains(s.employee())) {
        continue;
      }
      String key = s.employee() + "\u0000" + s.part();
      try {
        record(
            s,
            Optional.ofNullable(records.get(key)),
            () -> Level.KURSIST,
            r -> records.put(key, r));
      } catch (RowProblem e) {
        errors.add(new RowError(s.line(), e.getMessage()));
      }
    }
    Map<EmployeeId, List<ExamRecord>> byEmployee = new HashMap<>();
    records
        .values()
        .forEach(r -> byEmployee.computeIfAbsent(r.employee(), e -> new ArrayList<>()).add(r));
    List<EmployeeRow> merged = new ArrayList<>();
    for (EmployeeRow row : rows) {
      Progress recorded = Progress.of(byEmployee.getOrDefault(row.employee().id(), List.of()));
      merged.add(new EmployeeRow(row.line(), row.employee(), row.progress().and(recorded)));
    }
    return merged;
  }

  private String name(Part part) {
    String key = "part." + part.id().value();
    return words.has(key) ? words.get(key) : part.name();
  }
}
