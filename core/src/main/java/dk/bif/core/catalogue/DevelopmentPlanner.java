package dk.bif.core.catalogue;

import dk.bif.core.admission.AdmissionDecision;
import dk.bif.core.competence.CompetenceId;
import dk.bif.core.competence.CompetenceSituation;
import dk.bif.core.competence.ProfileMatch;
import dk.bif.core.competence.ProfileSituation;
import dk.bif.core.people.EmployeeId;
import dk.bif.core.reason.Reason;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
  private final ModuleAdmissionPolicy admission = new ModuleAdmissionPolicy();

  /**
   * @param ranking the step-4 ranking rule over the catalogue
   * @param dueDates when initiatives are due
   */
  public DevelopmentPlanner(InitiativeRanking ranking, DueDatePolicy dueDates) {
    this.ranking = Objects.requireNonNull(ranking, "ranking");
    this.dueDates = Objects.requireNonNull(dueDates, "dueDates");
  }

  /**
   * Plans the development that closes a centre's gaps, never proposing an initiative an employee
   * has already completed, nor one their admission level does not let them take (the {@link
   * ModuleAdmissionPolicy}: a diploma module only at diploma level); those are listed in the plan
   * as not admitted, with the reason.
   *
   * @param situation step 3's result
   * @param completed per employee, the catalogue initiatives already completed (e.g. a passed BIF
   *     part, see {@link Beskaeftigelseskatalog#entryOf})
   * @param admitted per employee, the admission decision (level and reason); every candidate of the
   *     situation must have one
   * @return one plan per chosen employee, in the order they were chosen
   * @throws IllegalArgumentException when a candidate has no admission decision
   */
  public List<DevelopmentPlan> plan(
      CompetenceSituation situation,
      Map<EmployeeId, Set<CatalogueEntryId>> completed,
      Map<EmployeeId, AdmissionDecision> admitted) {
    LocalDate planned = situation.asOf();
    Map<EmployeeId, Draft> drafts = new LinkedHashMap<>();
    for (ProfileSituation profile : situation.profiles()) {
      for (ProfileMatch candidate : profile.candidates()) {
        AdmissionDecision decision = admitted.get(candidate.employee());
        if (decision == null) {
          throw new IllegalArgumentException(
              "no admission decision for " + candidate.employee() + ": its level decides the plan");
        }
        Draft draft =
            drafts.computeIfAbsent(
                candidate.employee(), e -> new Draft(dueDates.firstStart(planned)));
        Set<CompetenceId> toDevelop = new LinkedHashSet<>(candidate.toDevelop());
        Set<CatalogueEntryId> excluded =
            new HashSet<>(completed.getOrDefault(candidate.employee(), Set.of()));
        Set<CatalogueEntryId> building = new HashSet<>();
        ranking.rank(toDevelop, excluded).forEach(r -> building.add(r.entry().id()));
        for (CatalogueEntry entry : ranking.catalogue().entries()) {
          Optional<Reason> refused = admission.refusal(entry, decision);
          if (refused.isPresent()) {
            excluded.add(entry.id());
            if (building.contains(entry.id()) && draft.refused.add(entry.id())) {
              draft.notAdmitted.add(new DevelopmentPlan.NotAdmitted(entry.id(), refused.get()));
            }
          }
        }
        for (InitiativeRanking.RankedInitiative initiative : ranking.cover(toDevelop, excluded)) {
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
        (employee, d) ->
            plans.add(new DevelopmentPlan(employee, planned, d.items, d.uncovered, d.notAdmitted)));
    return List.copyOf(plans);
  }

  private static final class Draft {
    final List<PlanItem> items = new ArrayList<>();
    final Set<CatalogueEntryId> entries = new HashSet<>();
    final Set<CompetenceId> uncovered = new LinkedHashSet<>();
    final Set<CatalogueEntryId> refused = new HashSet<>();
    final List<DevelopmentPlan.NotAdmitted> notAdmitted = new ArrayList<>();
    LocalDate nextStart;

    Draft(LocalDate firstStart) {
      this.nextStart = firstStart;
    }
  }
}
