package dk.bif.tool.roster;

import dk.bif.core.enrolment.CohortId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Port: each cohort's {@link RosterSource}, shared by the tool's nodes so that a cohort's roster is
 * synced at most once per interval however many teachers launch on however many nodes.
 * Implementations are thread-safe.
 */
public interface RosterSources {

  /**
   * Stores a cohort's source, replacing its previous one.
   *
   * @param source the source
   */
  void save(RosterSource source);

  /**
   * @param cohort a cohort
   * @return its source, or empty when no teacher launched with the NRPS claim from its course
   */
  Optional<RosterSource> find(CohortId cohort);

  /**
   * Starts a sync of the cohort unless one started less than {@code interval} ago: atomically, so
   * of concurrent callers at most one wins.
   *
   * @param cohort a cohort whose source is stored
   * @param now the time
   * @param interval the least time between two syncs' starts
   * @return true when the caller won and the start is recorded; false when a sync started within
   *     the interval or the cohort has no source
   */
  boolean claim(CohortId cohort, Instant now, Duration interval);
}
