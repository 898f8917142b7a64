package dk.bif.core.statistics;

import dk.bif.core.admission.Level;
import dk.bif.core.curriculum.PartId;
import dk.bif.core.exam.Grade;
import dk.bif.core.people.EmployeeId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One employee sitting one exam, as the exam records report it; the statistics take it as input.
 *
 * @param employee who sat
 * @param part the part examined
 * @param level the level the employee takes the part at
 * @param date the exam day
 * @param attempt which attempt this was, 1..{@value #MAX_ATTEMPTS}
 * @param grade the grade given
 */
public record ExamSitting(
    EmployeeId employee, PartId part, Level level, LocalDate date, int attempt, Grade grade) {

  /** Three exam attempts (seed 001). */
  public static final int MAX_ATTEMPTS = 3;

  public ExamSitting {
    Objects.requireNonNull(employee, "employee");
    Objects.requireNonNull(part, "part");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(grade, "grade");
    if (attempt < 1 || attempt > MAX_ATTEMPTS) {
      throw new IllegalArgumentException(
          "an exam attempt is 1.." + MAX_ATTEMPTS + "; got " + attempt + " for " + employee);
    }
  }

  /** Whether the sitting passed. */
  public boolean passed() {
    return grade.isPass();
  }
}
