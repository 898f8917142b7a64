package dk.bif.tool.pages.leader;

import dk.bif.core.people.EmployeeId;
import java.util.Objects;

/** A leader tried to see or change an employee who does not report to them. */
public final class NotYourEmployeeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final EmployeeId leader;
  private final EmployeeId employee;

  /**
   * @param leader the leader
   * @param employee the employee who does not report to them
   */
  public NotYourEmployeeException(EmployeeId leader, EmployeeId employee) {
    super(employee + " does not report to " + leader);
    this.leader = Objects.requireNonNull(leader, "leader");
    this.employee = Objects.requireNonNull(employee, "employee");
  }

  /** The leader. */
  public EmployeeId leader() {
    return leader;
  }

  /** The employee. */
  public EmployeeId employee() {
    return employee;
  }
}
