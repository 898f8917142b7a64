package dk.bif.core.application;

import dk.bif.core.curriculum.PartId;
import dk.bif.core.exam.Award;
import dk.bif.core.exam.ExamAttempt;
import dk.bif.core.people.EmployeeId;
import java.util.Objects;
import java.util.Optional;

/**
 * A recorded exam sitting and what it earned.
 *
 * @param employee the participant
 * @param part the part
 * @param attempt the sitting
 * @param attemptsUsed the attempts used after this sitting
 * @param attemptsLeft the attempts left after this sitting
 * @param award what a pass earned; empty unless this sitting passed
 */
public record ExamResult(
    EmployeeId employee,
    PartId part,
    ExamAttempt attempt,
    int attemptsUsed,
    int attemptsLeft,
    Optional<Award> award) {
  public ExamResult {
    Objects.requireNonNull(employee, "employee");
    Objects.requireNonNull(part, "part");
    Objects.requireNonNull(attempt, "attempt");
    Objects.requireNonNull(award, "award");
  }
}
