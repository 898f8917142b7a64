package dk.bif.tool.roster;

import dk.bif.core.enrolment.CohortId;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Port: told the outcome of every roster sync of {@link CohortRosters}, to log and count them.
 * Called on the sync's thread; implementations must be thread-safe and quick, and what they throw
 * is logged and otherwise ignored.
 */
@FunctionalInterface
public interface RosterSyncObserver {

  /** An observer that does nothing. */
  RosterSyncObserver NONE = outcome -> {};

  /**
   * Takes note of one sync.
   *
   * @param outcome what happened
   */
  void observed(Outcome outcome);

  /**
   * One sync of one cohort's roster.
   *
   * @param cohort the cohort
   * @param members how many members the platform listed (0 when it failed)
   * @param error why it failed, as kept for the teacher's page; empty when it succeeded
   * @param duration how long it took
   */
  record Outcome(CohortId cohort, int members, Optional<String> error, Duration duration) {

    /** Checks that nothing is null. */
    public Outcome {
      Objects.requireNonNull(cohort, "cohort");
      Objects.requireNonNull(error, "error");
      Objects.requireNonNull(duration, "duration");
    }

    /** Whether the roster was read and applied. */
    public boolean succeeded() {
      return error.isEmpty();
    }
  }
}
