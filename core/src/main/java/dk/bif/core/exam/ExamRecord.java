package dk.bif.core.exam;

import dk.bif.core.admission.Level;
import dk.bif.core.curriculum.PartId;
import dk.bif.core.people.EmployeeId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One participant's exam sittings for one part.
 *
 * <p>Life cycle: opened with no attempts when the participant is enrolled; each sitting is
 * {@linkplain #recordAttempt recorded} through the {@link ExamAttemptPolicy}, which refuses a
 * sitting after a pass or beyond the allowed attempts. Not thread-safe; attempts are handed out as
 * a copy.
 */
public final class ExamRecord {

  private final EmployeeId employee;
  private final PartId part;
  private final Level level;
  private final List<ExamAttempt> attempts = new ArrayList<>();

  /**
   * @param employee the participant
   * @param part the part
   * @param level the level the participant takes the part at
   */
  public ExamRecord(EmployeeId employee, PartId part, Level level) {
    this.employee = Objects.requireNonNull(employee, "employee");
    this.part = Objects.requireNonNull(part, "part");
    this.level = Objects.requireNonNull(level, "level");
  }

  /**
   * Records a sitting, if the policy allows it.
   *
   * @param attempt the sitting
   * @param policy the rule for attempts
   * @throws AlreadyPassedException when the part is already passed
   * @throws AttemptsExhaustedException when the sitting would use an attempt beyond the allowed
   * @throws IllegalArgumentException when the sitting is dated before the last one recorded
   */
  public void recordAttempt(ExamAttempt attempt, ExamAttemptPolicy policy) {
    Objects.requireNonNull(attempt, "attempt");
    Objects.requireNonNull(policy, "policy");
    if (!attempts.isEmpty()
        && attempt.sittingOn().isBefore(attempts.get(attempts.size() - 1).sittingOn())) {
      throw new IllegalArgumentException(
          "a sitting on "
              + attempt.sittingOn()
              + " cannot follow the one recorded on "
              + attempts.get(attempts.size() - 1).sittingOn());
    }
    policy.check(this, attempt);
    attempts.add(attempt);
  }

  /** The sittings in order (a copy). */
  public List<ExamAttempt> attempts() {
    return List.copyOf(attempts);
  }

  /** How many of the limited attempts the sittings have used. */
  public int attemptsUsed() {
    return (int) attempts.stream().filter(a -> a.outcome().usesAttempt()).count();
  }

  /** The passing sitting, if any. */
  public Optional<ExamAttempt> pass() {
    return attempts.stream().filter(ExamAttempt::isPass).findFirst();
  }

  /** The participant. */
  public EmployeeId employee() {
    return employee;
  }

  /** The part. */
  public PartId part() {
    return part;
  }

  /** The level the part is taken at. */
  public Level level() {
    return level;
  }
}
