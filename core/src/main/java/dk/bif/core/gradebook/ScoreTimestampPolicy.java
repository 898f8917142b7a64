package dk.bif.core.gradebook;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * The timestamp a score is sent with. Platforms refuse a score that is not newer than the one they
 * hold, and Moodle compares whole seconds: so a newer grade of the same participant and part gets a
 * timestamp at least one whole second after the previous one's second, even when the teacher
 * regrades within the same second. Milliseconds are kept (AGS asks for them).
 */
public final class ScoreTimestampPolicy {

  /**
   * @param previous the key's entry before this grade, if any
   * @param recordedAt when the new grade was recorded
   * @return {@code recordedAt} (to the millisecond), moved forward when needed so that its whole
   *     second is after the previous timestamp's whole second
   */
  public Instant next(Optional<OutboxEntry> previous, Instant recordedAt) {
    Objects.requireNonNull(previous, "previous");
    Instant at = Objects.requireNonNull(recordedAt, "recordedAt").truncatedTo(ChronoUnit.MILLIS);
    if (previous.isEmpty()) return at;
    Instant earliest =
        previous.get().scoreTimestamp().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
    return at.isBefore(earliest) ? earliest : at;
  }
}
