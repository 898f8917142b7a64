package dk.bif.core.exam;

import dk.bif.core.curriculum.PartId;
import dk.bif.core.people.EmployeeId;

/** Refuses grading, or recording attendance for, someone not enrolled in the part. */
public final class NotEnrolledException extends ExamRefusedException {
  private static final long serialVersionUID = 1L;

  private final EmployeeId employee;
  private final PartId part;

  /**
   * @param employee the person
   * @param part the part they are not enrolled in
   */
  public NotEnrolledException(EmployeeId employee, PartId part) {
    super(employee + " is not enrolled in " + part);
    this.employee = employee;
    this.part = part;
  }

  /** The person. */
  public EmployeeId employee() {
    return employee;
  }

  /** The part. */
  public PartId part() {
    return part;
  }
}
