package dk.bif.core.people;

import java.time.LocalDate;
import java.time.Period;

/** Test factory: employees with sensible defaults. Shipped in core's test-jar. */
public final class Employees {
  private Employees() {}

  /**
   * A permanent employee with citizen contact in the target group "jobparate".
   *
   * @param id the id
   * @param centre the centre
   * @param hiredOn the hire date
   * @return the employee
   */
  public static Employee permanent(String id, String centre, LocalDate hiredOn) {
    return Employee.hire(
        EmployeeId.of(id),
        "Medarbejder " + id,
        CentreId.of(centre),
        ContactType.CITIZEN,
        TargetGroup.of("jobparate"),
        Employment.permanent(hiredOn));
  }

  /**
   * A temporary employee with citizen contact.
   *
   * @param id the id
   * @param hiredOn the hire date
   * @param expected the expected length
   * @return the employee
   */
  public static Employee temporary(String id, LocalDate hiredOn, Period expected) {
    return Employee.hire(
        EmployeeId.of(id),
        "Vikar " + id,
        CentreId.of("JC-Amager"),
        ContactType.CITIZEN,
        TargetGroup.of("jobparate"),
        Employment.temporary(hiredOn, expected));
  }
}
