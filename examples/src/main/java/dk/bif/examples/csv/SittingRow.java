package dk.bif.examples.csv;

import dk.bif.core.admission.Level;
import dk.bif.core.curriculum.PartId;
import dk.bif.core.enrolment.CohortId;
import dk.bif.core.exam.ExamAttempt;
import dk.bif.core.exam.ExamOutcome;
import dk.bif.core.exam.Grade;
import dk.bif.core.people.EmployeeId;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One exam sitting as the exam records list it: {@code
 * employee,part,level,date,attempt,grade,outcome,documentation,cohort}. A graded sitting has a
 * grade in one of the scale's own spellings; a no-show has none; documented sickness names its
 * documentation and an approved withdrawal who approved it; neither uses an attempt.
 *
 * @param line the physical line of the row
 * @param employee who sat
 * @param part the part examined
 * @param level the level the part is taken at, if the row gives it
 * @param date the day of the sitting
 * @param attempt the attempt number the row gives, if any (checked against the record)
 * @param outcome what happened
 * @param cohort the cohort sat in, if the row gives it
 */
public record SittingRow(
    long line,
    EmployeeId employee,
    PartId part,
    Optional<Level> level,
    LocalDate date,
    Optional<Integer> attempt,
    ExamOutcome outcome,
    Optional<CohortId> cohort) {
  public SittingRow {
    Objects.requireNonNull(employee, "employee");
    Objects.requireNonNull(part, "part");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(attempt, "attempt");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(cohort, "cohort");
  }

  /** The columns the header must have. */
  public static final List<String> REQUIRED_COLUMNS = List.of("employee", "part", "date");

  /** The sitting as the core records it. */
  public ExamAttempt attemptRecord() {
    return new ExamAttempt(date, outcome);
  }

  /** The grade of a graded sitting. */
  public Optional<Grade> grade() {
    return outcome instanceof ExamOutcome.Graded g ? Optional.of(g.grade()) : Optional.empty();
  }

  /**
   * Reads one row.
   *
   * @param row the row
   * @return the sitting
   * @throws RowProblem naming the column and what was expected
   */
  public static SittingRow read(CsvRow row) {
    String outcome =
        row.optional("outcome")
            .map(o -> o.toLowerCase(Locale.ROOT))
            .orElse(row.optional("grade").isPresent() ? "graded" : "");
    Optional<String> documentation = row.optional("documentation");
    ExamOutcome parsed =
        switch (outcome) {
          case "graded" -> new ExamOutcome.Graded(row.required("grade", "expect.grade", Grade::of));
          case "no-show", "no_show", "noshow" -> new ExamOutcome.NoShow();
          case "sickness" ->
              new ExamOutcome.DocumentedSickness(
                  documentation.orElseThrow(() -> row.problem("sitting.sickness-documentation")));
          case "withdrawal" ->
              new ExamOutcome.ApprovedWithdrawal(
                  documentation.orElseThrow(() -> row.problem("sitting.withdrawal-approved")));
          case "" -> throw row.problem("sitting.no-outcome");
          default -> throw row.problem("cell.not", "outcome", outcome, row.words("expect.outcome"));
        };
    if (!(parsed instanceof ExamOutcome.Graded) && row.optional("grade").isPresent()) {
      throw row.problem("sitting.grade-without-graded", outcome);
    }
    return new SittingRow(
        row.line(),
        row.required("employee", "expect.text", EmployeeId::of),
        row.required("part", "expect.part", PartId::of),
        row.optional("level", "expect.level", v -> EmployeeCsvReader.enumValue(Level.class, v)),
        row.requiredDate("date"),
        row.optional("attempt", "expect.attempt", SittingRow::attemptNumber),
        parsed,
        row.optional("cohort").map(CohortId::of));
  }

  private static int attemptNumber(String value) {
    int n = Integer.parseInt(value);
    if (n < 1 || n > 3) {
      throw new IllegalArgumentException("attempt out of range");
    }
    return n;
  }
}
