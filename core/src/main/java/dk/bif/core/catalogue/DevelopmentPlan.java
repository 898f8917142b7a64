package dk.bif.core.catalogue;

import dk.bif.core.competence.CompetenceId;
import dk.bif.core.people.EmployeeId;
import dk.bif.core.reason.Reason;
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
 * @param uncovered competences to develop that no catalogue initiative the employee can take builds
 * @param notAdmitted initiatives that would build some of them but need an admission level the
 *     employee does not have, each with the reason (copied)
 */
public record DevelopmentPlan(
    EmployeeId employee,
    LocalDate planned,
    List<PlanItem> items,
    Set<CompetenceId> uncovered,
    List<NotAdmitted> notAdmitted) {
  public DevelopmentPlan {
    Objects.requireNonNull(employee, "employee");
    Objects.requireNonNull(planned, "planned");
    items = List.copyOf(Objects.requireNonNull(items, "items"));
    uncovered = Set.copyOf(Objects.requireNonNull(uncovered, "uncovered"));
    notAdmitted = List.copyOf(Objects.requireNonNull(notAdmitted, "notAdmitted"));
  }

  /**
   * A plan with every initiative open to the employee.
   *
   * @param employee the employee
   * @param planned the day the plan was made
   * @param items the initiatives in order
   * @param uncovered competences to develop that no catalogue initiative builds
   */
  public DevelopmentPlan(
      EmployeeId employee, LocalDate planned, List<PlanItem> items, Set<CompetenceId> uncovered) {
    this(employee, planned, items, uncovered, List.of());
  }

  /**
   * An initiative the planner did not propose because of the employee's admission level.
   *
   * @param entry the initiative
   * @param because why ({@link ModuleAdmissionPolicy})
   */
  public record NotAdmitted(CatalogueEntryId entry, Reason because) {
    public NotAdmitted {
      Objects.requireNonNull(entry, "entry");
      Objects.requireNonNull(because, "because");
    }
  }
}
