package dk.bif.core.exam;

import dk.bif.core.curriculum.PartId;
import dk.bif.core.people.EmployeeId;

/** Refuses any further sitting once the allowed attempts are used without a pass. */
public final class AttemptsExhaustedException extends ExamRefusedException {
  private static final long serialVersionUID = 1L;

  private final EmployeeId employee;
  private final PartId part;
  private final int attemptsUsed;
  private final int maxAttempts;

  /**
   * @param employee the participant
   * @param part the part
   * @param attemptsUsed the attempts already used
   * @param maxAttempts the attempts allowed
   */
  public AttemptsExhaustedException(
      EmployeeId employee, PartId part, int attemptsUsed, int maxAttempts) {
    super(
        employee
            + " has used "
            + attemptsUsed
            + " of "
            + maxAttempts
            + " exam attempts for "
            + part
            + ": no further sitting is accepted");
    this.employee = employee;
    this.part = part;
    this.attemptsUsed = attemptsUsed;
    this.maxAttempts = maxAttempts;
  }

  /** The participant. */
  public EmployeeId employee() {
    return employee;
  }

  /** The part. */
  public PartId part() {
    return part;
  }

  /** The attempts already used. */
  public int attemptsUsed() {
    return attemptsUsed;
  }

  /** The attempts allowed. */
  public int maxAttempts() {
    return maxAttempts;
  }
}
