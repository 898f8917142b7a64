package dk.bif.core.catalogue;

import dk.bif.core.competence.CompetenceId;
import dk.bif.core.competence.CompetenceSituation;
import dk.bif.core.competence.ProfileMatch;
import dk.bif.core.competence.ProfileSituation;
import dk.bif.core.people.EmployeeId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Step 4 of the competence tool: for each profile with a gap, the employees nearest to matching (as
 * many as the gap) get the catalogue initiatives that close their distance, ranked by {@link
 * InitiativeRanking}, as their development plan with due dates from the {@link DueDatePolicy}.
 *
 * <p>An employee chosen for several profiles gets one plan; an initiative already in the plan is
 * not added twice. Profiles are taken in framework order. Stateless and thread-safe.
 */
public final class DevelopmentPlanner {

  private final InitiativeRanking ranking;
  private final DueDatePolicy dueDates;

  /**
   * @param ranking the step-4 ranking rule over the catalogue
   * @param dueDates when initiatives are due
   */
  public DevelopmentPlanner(InitiativeRanking ranking, DueDatePolicy dueDates) {
    this.ranking = Objects.requireNonNull(ranking, "ranking");
    this.dueDates = Objects.requireNonNull(dueDates, "dueDates");
  }

  /**
   * Plans the development that closes a centre's gaps.
   *
   * @param situation step 3's result
   * @return one plan per chosen employee, in the order they were chosen
   */
  public List<DevelopmentPlan> plan(CompetenceSituation situation) {
    return plan(situation, Map.of());
  }

  /**
   * Plans the development that closes a centre's gaps, never proposing an initiative an employee
   * has already completed.
   *
   * @param situation step 3's result
   * @param completed per employee, the catalogue initiatives already completed (e.g. a passed BIF
   *     part, see {@link Beskaeftigelseskatalog#entryOf})
   * @return one plan per chosen employee, in the order they were chosen
   */
  public List<DevelopmentPlan> plan(
      CompetenceSituation situation, Map<EmployeeId, Set<CatalogueEntryId>> completed) {
    LocalDate planned = situation.asOf();
    Map<EmployeeId, Draft> drafts = new LinkedHashMap<>();
    for (ProfileSituation profile : situation.profiles()) {
      for (ProfileMatch candidate : profile.candidates()) {
        Draft draft =
            drafts.computeIfAbsent(
                candidate.employee(), e -> new Draft(dueDates.firstStart(planned)));
        Set<CompetenceId> toDevelop = new LinkedHashSet<>(candidate.toDevelop());
        Set<CatalogueEntryId> done = completed.getOrDefault(candidate.employee(), Set.of());
        for (InitiativeRanking.RankedInitiative initiative : ranking.cover(toDevelop, done)) {
          toDevelop.removeAll(initiative.builds());
          if (draft.entries.add(initiative.entry().id())) {
            LocalDate due = dueDates.due(draft.nextStart, initiative.entry().length());
            draft.items.add(
                new PlanItem(
                    initiative.entry().id(),
                    profile.profile(),
                    initiative.builds(),
                    draft.nextStart,
                    due));
            draft.nextStart = due;
          }
        }
        draft.uncovered.addAll(toDevelop);
      }
    }
    List<DevelopmentPlan> plans = new ArrayList<>();
    drafts.forEach(
        (employee, d) -> plans.add(new DevelopmentPlan(employee, planned, d.items, d.uncovered)));
    return List.copyOf(plans);
  }

  private static final class Draft {
    final List<PlanItem> items = new ArrayList<>();
    final Set<CatalogueEntryId> entries = new HashSet<>();
    final Set<CompetenceId> uncovered = new LinkedHashSet<>();
    LocalDate nextStart;

    Draft(LocalDate firstStart) {
      this.nextStart = firstStart;
    }
  }
}
