package dk.bif.tool.roster;

import dk.bif.core.curriculum.PartId;
import dk.bif.core.enrolment.CohortId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A cohort's roster for the teacher's page: the LMS course's members as last synced, each with
 * their enrolment, and how the syncs went.
 *
 * @param cohort the cohort
 * @param part the part the cohort takes, when known
 * @param members the members, ordered by user id; empty before the first sync
 * @param lastSynced when a sync last succeeded
 * @param lastStarted when the last sync started
 * @param lastError why the last sync failed (with the platform's answer); empty after a success
 */
public record CohortRoster(
    CohortId cohort,
    Optional<PartId> part,
    List<RosterEntry> members,
    Optional<Instant> lastSynced,
    Optional<Instant> lastStarted,
    Optional<String> lastError) {
  public CohortRoster {
    Objects.requireNonNull(cohort, "cohort");
    Objects.requireNonNull(part, "part");
    members = List.copyOf(members);
    Objects.requireNonNull(lastSynced, "lastSynced");
    Objects.requireNonNull(lastStarted, "lastStarted");
    Objects.requireNonNull(lastError, "lastError");
  }

  /**
   * @param userId an LMS user id
   * @return the member, or empty
   */
  public Optional<RosterEntry> member(String userId) {
    return members.stream().filter(m -> m.userId().equals(userId)).findFirst();
  }
}
