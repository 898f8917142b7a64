package dk.bif.core.exam;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One sitting of a part's exam.
 *
 * @param sittingOn the day of the exam
 * @param outcome what happened
 */
public record ExamAttempt(LocalDate sittingOn, ExamOutcome outcome) {
  public ExamAttempt {
    Objects.requireNonNull(sittingOn, "sittingOn");
    Objects.requireNonNull(outcome, "outcome");
  }

  /** The grade, when the exam was graded. */
  public Optional<Grade> grade() {
    return outcome instanceof ExamOutcome.Graded g ? Optional.of(g.grade()) : Optional.empty();
  }

  /** Whether this sitting passed the exam. */
  public boolean isPass() {
    return grade().map(Grade::isPass).orElse(false);
  }
}
