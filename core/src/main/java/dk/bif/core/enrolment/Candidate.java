package dk.bif.core.enrolment;

import dk.bif.core.admission.Level;
import dk.bif.core.people.CentreId;
import dk.bif.core.people.EmployeeId;
import dk.bif.core.people.TargetGroup;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An employee due for a part, as the {@link CohortPlanner} sees them.
 *
 * @param employee the employee's id
 * @param centre the employee's job centre
 * @param level the level the employee was admitted at
 * @param targetGroup the employee's citizen target group
 * @param dueDate when the part is due (earlier dates are planned first)
 */
public record Candidate(
    EmployeeId employee, CentreId centre, Level level, TargetGroup targetGroup, LocalDate dueDate) {
  public Candidate {
    Objects.requireNonNull(employee, "employee");
    Objects.requireNonNull(centre, "centre");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(targetGroup, "targetGroup");
    Objects.requireNonNull(dueDate, "dueDate");
  }
}
