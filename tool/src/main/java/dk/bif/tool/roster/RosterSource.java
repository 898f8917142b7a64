package dk.bif.tool.roster;

import dk.bif.core.curriculum.PartId;
import dk.bif.core.enrolment.CohortId;
import dk.bif.lti.launch.LmsCourse;
import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a cohort's roster comes from, learnt from a teacher's launch, and how its last sync went.
 *
 * @param cohort the cohort
 * @param course the LMS course the cohort is
 * @param memberships the launch's {@code context_memberships_url}
 * @param part the part the cohort takes, from the activity a teacher launched; empty until one
 *     launched into a part
 * @param lastStarted when the last sync started
 * @param lastSynced when a sync last succeeded
 * @param lastError the last sync's failure, with the platform's answer; empty after a success
 */
public record RosterSource(
    CohortId cohort,
    LmsCourse course,
    URI memberships,
    Optional<PartId> part,
    Optional<Instant> lastStarted,
    Optional<Instant> lastSynced,
    Optional<String> lastError) {
  public RosterSource {
    Objects.requireNonNull(cohort, "cohort");
    Objects.requireNonNull(course, "course");
    Objects.requireNonNull(memberships, "memberships");
    Objects.requireNonNull(part, "part");
    Objects.requireNonNull(lastStarted, "lastStarted");
    Objects.requireNonNull(lastSynced, "lastSynced");
    Objects.requireNonNull(lastError, "lastError");
  }

  /**
   * A cohort's source as a launch shows it, before any sync.
   *
   * @param cohort the cohort
   * @param course the LMS course
   * @param memberships the memberships URL
   * @param part the part, when known
   * @return the source
   */
  public static RosterSource of(
      CohortId cohort, LmsCourse course, URI memberships, Optional<PartId> part) {
    return new RosterSource(
        cohort, course, memberships, part, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /**
   * This source as a later launch shows it: its course, URL and (when the launch names one) part,
   * keeping how the syncs went.
   *
   * @param launched the source from the later launch
   * @return the merged source
   */
  public RosterSource seenAgain(RosterSource launched) {
    return new RosterSource(
        cohort,
        launched.course,
        launched.memberships,
        launched.part.or(() -> part),
        lastStarted,
        lastSynced,
        lastError);
  }

  /**
   * @param at when the sync started
   * @return this source with the start recorded
   */
  public RosterSource started(Instant at) {
    return new RosterSource(
        cohort, course, memberships, part, Optional.of(at), lastSynced, lastError);
  }

  /**
   * @param at when the sync ended
   * @return this source with the success recorded and the last error cleared
   */
  public RosterSource succeeded(Instant at) {
    return new RosterSource(
        cohort, course, memberships, part, lastStarted, Optional.of(at), Optional.empty());
  }

  /**
   * @param error what went wrong, with the platform's answer
   * @return this source with the failure recorded
   */
  public RosterSource failed(String error) {
    return new RosterSource(
        cohort, course, memberships, part, lastStarted, lastSynced, Optional.of(error));
  }
}
