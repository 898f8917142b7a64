package dk.bif.tool.bridge;

import dk.bif.core.people.EmployeeId;
import java.util.Objects;

/** What {@link LmsLinks#linkPerson} did. */
public sealed interface PersonLinking {

  /** The employee the answer is about. */
  EmployeeId employee();

  /**
   * The person is linked to {@code employee}: by this call, or before it (then possibly to another
   * employee than the one proposed; a link is never replaced).
   *
   * @param employee the employee the person is linked to
   */
  record Linked(EmployeeId employee) implements PersonLinking {
    public Linked {
      Objects.requireNonNull(employee, "employee");
    }
  }

  /**
   * Nothing was linked: the proposed employee is already linked to another LMS user of the same
   * platform (issuer and client_id), and an employee has at most one.
   *
   * @param employee the employee proposed
   * @param holder the LMS user the employee is linked to
   */
  record EmployeeTaken(EmployeeId employee, LmsPerson holder) implements PersonLinking {
    public EmployeeTaken {
      Objects.requireNonNull(employee, "employee");
      Objects.requireNonNull(holder, "holder");
    }
  }
}
