package dk.bif.core.application;

import dk.bif.core.curriculum.PartId;
import dk.bif.core.enrolment.PartStatus;
import dk.bif.core.people.EmployeeId;

/** Refuses enrolling an employee in a part that is not due for them; carries the status. */
public final class EnrolmentRefusedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final EmployeeId employee;
  private final PartId part;
  private final transient PartStatus status;

  /**
   * @param employee the employee
   * @param part the part
   * @param status the part's status for the employee, which is neither due nor overdue
   */
  public EnrolmentRefusedException(EmployeeId employee, PartId part, PartStatus status) {
    super(
        employee
            + " cannot be enrolled in "
            + part
            + " ("
            + status.getClass().getSimpleName()
            + "): "
            + status.reason());
    this.employee = employee;
    this.part = part;
    this.status = status;
  }

  /** The employee. */
  public EmployeeId employee() {
    return employee;
  }

  /** The part. */
  public PartId part() {
    return part;
  }

  /** The part's status for the employee. */
  public PartStatus status() {
    return status;
  }
}
