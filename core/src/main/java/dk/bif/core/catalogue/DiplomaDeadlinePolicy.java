package dk.bif.core.catalogue;

import dk.bif.core.admission.Level;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;

/**
 * A diploma education must be completed within six years of its start, or the learning plan goes
 * stale (seed 002, the Esbjerg case). BIF-uddannelsen's parts are compulsory modules of the diploma
 * education in employment, so an employee who passed Del 1 at diploma level started the clock then.
 * This policy finds the diploma modules of a development plan that would be due after the deadline.
 * Stateless and thread-safe. Package-private while nothing outside the catalogue uses it.
 */
final class DiplomaDeadlinePolicy {

  /** The time allowed to complete a diploma education. */
  public static final Period DIPLOMA_COMPLETION = Period.ofYears(6);

  private final CourseCatalogue catalogue;

  /**
   * @param catalogue the catalogue the plans' initiatives come from
   */
  public DiplomaDeadlinePolicy(CourseCatalogue catalogue) {
    this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
  }

  /**
   * Checks a plan against the deadline.
   *
   * @param plan the development plan
   * @param diplomaStarted when the employee's diploma education started (the first diploma-level
   *     module passed)
   * @return the deadline and the diploma modules of the plan due after it (empty when none)
   */
  public DiplomaDeadline check(DevelopmentPlan plan, LocalDate diplomaStarted) {
    LocalDate deadline = diplomaStarted.plus(DIPLOMA_COMPLETION);
    List<PlanItem> late =
        plan.items().stream()
            .filter(item -> item.due().isAfter(deadline))
            .filter(
                item ->
                    catalogue
                        .entry(item.entry())
                        .map(e -> e.creditGiving() && e.levels().contains(Level.DIPLOM))
                        .orElse(false))
            .toList();
    return new DiplomaDeadline(deadline, late);
  }

  /**
   * The result of {@link #check}.
   *
   * @param deadline the day the diploma education must be completed by
   * @param late the plan's diploma modules due after it
   */
  public record DiplomaDeadline(LocalDate deadline, List<PlanItem> late) {
    public DiplomaDeadline {
      Objects.requireNonNull(deadline, "deadline");
      late = List.copyOf(late);
    }

    /** Whether every diploma module of the plan is due by the deadline. */
    public boolean met() {
      return late.isEmpty();
    }
  }
}
