package dk.bif.core.enrolment;

import dk.bif.core.curriculum.PartId;
import java.util.List;
import java.util.Objects;

/**
 * The cohorts planned for one part, and who waits for a later round.
 *
 * @param part the part
 * @param cohorts the cohorts (copied)
 * @param waiting candidates not placed this round (copied)
 * @param waitingReason why they wait; empty text when nobody waits
 */
public record CohortPlan(
    PartId part, List<PlannedCohort> cohorts, List<Candidate> waiting, String waitingReason) {
  public CohortPlan {
    Objects.requireNonNull(part, "part");
    Objects.requireNonNull(waitingReason, "waitingReason");
    cohorts = List.copyOf(cohorts);
    waiting = List.copyOf(waiting);
    if (!waiting.isEmpty() && waitingReason.isBlank()) {
      throw new IllegalArgumentException("a plan with waiting candidates must say why they wait");
    }
  }
}
