package dk.bif.core.goals;

import dk.bif.core.curriculum.PartId;
import dk.bif.core.people.EmployeeId;

/** Refuses a learning-goal move the rules do not allow; the message says why. */
public final class LearningGoalRefusedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final EmployeeId employee;
  private final PartId part;

  /**
   * @param employee the employee
   * @param part the part
   * @param why why, as a sentence
   */
  public LearningGoalRefusedException(EmployeeId employee, PartId part, String why) {
    super("learning goals of " + employee + " for " + part + ": " + why);
    this.employee = employee;
    this.part = part;
  }

  /** The employee. */
  public EmployeeId employee() {
    return employee;
  }

  /** The part. */
  public PartId part() {
    return part;
  }
}
