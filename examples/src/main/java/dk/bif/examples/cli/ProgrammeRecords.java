package dk.bif.examples.cli;

import dk.bif.core.admission.Level;
import dk.bif.core.curriculum.PartId;
import dk.bif.core.enrolment.CohortId;
import dk.bif.core.evaluation.CohortSitting;
import dk.bif.core.evaluation.EvaluationForm;
import dk.bif.core.evaluation.EvaluationQuestion;
import dk.bif.core.evaluation.EvaluationResponse;
import dk.bif.core.evaluation.QuestionId;
import dk.bif.core.statistics.ExamSitting;
import dk.bif.examples.csv.Read;
import dk.bif.examples.csv.RowError;
import dk.bif.examples.csv.SittingRow;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the programme's records from CSV, keeping every good row: exam sittings (the same format
 * {@code bif db sittings} takes), cohorts' exam dates and anonymous evaluations.
 */
final class ProgrammeRecords {

  private ProgrammeRecords() {}

  /**
   * The graded sittings, as the statistics count them: each needs its level; an attempt number the
   * row leaves out is counted from the employee's earlier sittings of the part (a no-show uses an
   * attempt, sickness and withdrawal do not).
   *
   * @param read the sittings read
   * @param errors where rows without a level go
   * @return the graded sittings
   */
  static List<ExamSitting> graded(Cli cli, Read<SittingRow> read, List<RowError> errors) {
    List<SittingRow> ordered = new ArrayList<>(read.values());
    ordered.sort(Comparator.comparing(SittingRow::date).thenComparingLong(SittingRow::line));
    Map<String, Integer> used = new HashMap<>();
    List<ExamSitting> sittings = new ArrayList<>();
    for (SittingRow row : ordered) {
      String key = row.employee() + "\u0000" + row.part();
      if (!row.attemptRecord().outcome().usesAttempt()) {
        continue;
      }
      int attempt = row.attempt().orElse(used.getOrDefault(key, 0) + 1);
      used.put(key, attempt);
      if (row.grade().isEmpty()) {
        continue;
      }
      if (row.level().isEmpty()) {
        errors.add(new RowError(row.line(), cli.text("cell.required", "level")));
        continue;
      }
      try {
        sittings.add(
            new ExamSitting(
                row.employee(),
                row.part(),
                row.level().get(),
                row.date(),
                attempt,
                row.grade().get()));
      } catch (IllegalArgumentException e) {
        errors.add(
            new RowError(
                row.line(), cli.text("cell.not", "attempt", attempt, cli.text("expect.attempt"))));
      }
    }
    return sittings;
  }

  /** Reads an exam-sittings file. */
  static Read<SittingRow> sittings(Cli cli, Path file) {
    return Imports.read(cli, file, SittingRow.REQUIRED_COLUMNS, SittingRow::read);
  }

  /** The year of the earliest sitting; {@code sittings} must not be empty. */
  static Year firstYear(List<ExamSitting> sittings) {
    return sittings.stream()
        .map(s -> Year.from(s.date()))
        .min(Comparator.naturalOrder())
        .orElseThrow();
  }

  /** The year of the latest sitting; {@code sittings} must not be empty. */
  static Year lastYear(List<ExamSitting> sittings) {
    return sittings.stream()
        .map(s -> Year.from(s.date()))
        .max(Comparator.naturalOrder())
        .orElseThrow();
  }

  /** {@code cohort,part,examDate}. */
  static Read<CohortSitting> cohorts(Cli cli, Path file) {
    return Imports.read(
        cli,
        file,
        List.of("cohort", "part", "examdate"),
        row ->
            new CohortSitting(
                row.required("cohort", "expect.text", CohortId::of),
                row.required("part", "expect.part", PartId::of),
                row.requiredDate("examdate")));
  }

  /** {@code cohort,<question id>...,comment}; a blank score is an unanswered question. */
  static Read<EvaluationResponse> evaluations(Cli cli, Path file, EvaluationForm form) {
    return Imports.read(
        cli,
        file,
        List.of("cohort"),
        row -> {
          Map<QuestionId, Integer> scores = new HashMap<>();
          for (EvaluationQuestion q : form.questions()) {
            row.optional(q.id().value(), "expect.score", Integer::parseInt)
                .ifPresent(score -> scores.put(q.id(), score));
          }
          return new EvaluationResponse(
              row.required("cohort", "expect.text", CohortId::of),
              scores,
              row.optional("comment").orElse(""));
        });
  }

  /** Prints a file's problems as {@code file:line: reason}; true when some row was refused. */
  static boolean report(Cli cli, Read<?> read, List<RowError> more) {
    return Imports.report(cli, read, more) != 0;
  }

  /** A level as the command line writes it: diplom, akademi or kursist. */
  static String level(Level level) {
    return level.name().toLowerCase(java.util.Locale.ROOT);
  }
}
