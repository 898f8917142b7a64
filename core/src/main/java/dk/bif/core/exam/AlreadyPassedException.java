package dk.bif.core.exam;

import dk.bif.core.curriculum.PartId;
import dk.bif.core.people.EmployeeId;
import java.time.LocalDate;

/** Refuses any further sitting of a part's exam once it is passed. */
public final class AlreadyPassedException extends ExamRefusedException {
  private static final long serialVersionUID = 1L;

  private final EmployeeId employee;
  private final PartId part;
  private final LocalDate passedOn;
  private final Grade grade;

  /**
   * @param employee the participant
   * @param part the part
   * @param passedOn when it was passed
   * @param grade the passing grade
   */
  public AlreadyPassedException(EmployeeId employee, PartId part, LocalDate passedOn, Grade grade) {
    super(
        employee
            + " passed "
            + part
            + " on "
            + passedOn
            + " with "
            + grade
            + ": a passed exam cannot be sat again");
    this.employee = employee;
    this.part = part;
    this.passedOn = passedOn;
    this.grade = grade;
  }

  /** The participant. */
  public EmployeeId employee() {
    return employee;
  }

  /** The part. */
  public PartId part() {
    return part;
  }

  /** When it was passed. */
  public LocalDate passedOn() {
    return passedOn;
  }

  /** The passing grade. */
  public Grade grade() {
    return grade;
  }
}
