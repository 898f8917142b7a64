package dk.bif.core.catalogue;

import dk.bif.core.competence.CompetenceId;
import dk.bif.core.people.EmployeeId;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Step 4's result for one employee: the initiatives that close the gaps the employee was chosen
 * for, in order, with due dates.
 *
 * @param employee the employee
 * @param planned the day the plan was made
 * @param items the initiatives in order
 * @param uncovered competences to develop that no catalogue initiative builds
 */
public record DevelopmentPlan(
    EmployeeId employee, LocalDate planned, List<PlanItem> items, Set<CompetenceId> uncovered) {
  public DevelopmentPlan {
    Objects.requireNonNull(employee, "employee");
    Objects.requireNonNull(planned, "planned");
    items = List.copyOf(Objects.requireNonNull(items, "items"));
    uncovered = Set.copyOf(Objects.requireNonNull(uncovered, "uncovered"));
  }
}
