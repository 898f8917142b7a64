package dk.bif.core.exam;

import dk.bif.core.curriculum.PartId;
import dk.bif.core.people.EmployeeId;

/** Refuses grading someone the exam-eligibility rule does not let sit the exam. */
public final class NotEligibleForExamException extends ExamRefusedException {
  private static final long serialVersionUID = 1L;

  private final EmployeeId employee;
  private final PartId part;
  private final String reason;

  /**
   * @param employee the participant
   * @param part the part
   * @param reason the eligibility rule's reason
   */
  public NotEligibleForExamException(EmployeeId employee, PartId part, String reason) {
    super(employee + " may not sit the exam of " + part + ": " + reason);
    this.employee = employee;
    this.part = part;
    this.reason = reason;
  }

  /** The participant. */
  public EmployeeId employee() {
    return employee;
  }

  /** The part. */
  public PartId part() {
    return part;
  }

  /** The eligibility rule's reason. */
  public String reason() {
    return reason;
  }
}
