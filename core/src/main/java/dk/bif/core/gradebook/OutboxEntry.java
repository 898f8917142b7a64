package dk.bif.core.gradebook;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One grade in the outbox. Life cycle: queued {@link OutboxState#PENDING} with version 1; a newer
 * grade for the same key replaces it in place with the next version (whatever its state); a
 * delivery worker claims it under a lease, then reports the attempt's outcome for the version it
 * claimed: delivered, rescheduled or dead. An outcome for an older version only ends the lease, so
 * a superseded grade never marks its successor delivered.
 *
 * @param grade the grade to deliver
 * @param version 1 for the first grade of the key, one more for each newer grade
 * @param scoreTimestamp the timestamp the score is sent with; strictly later, in whole seconds,
 *     than the previous version's (see {@link ScoreTimestampPolicy})
 * @param state the state
 * @param attempts delivery attempts made for this version
 * @param nextAttemptAt when a pending entry is due
 * @param leasedUntil while a worker holds it: until when; empty when nobody does
 * @param lastAnswer the last delivery attempt's outcome as the platform put it (status and body),
 *     empty before the first attempt
 */
public record OutboxEntry(
    PendingGrade grade,
    long version,
    Instant scoreTimestamp,
    OutboxState state,
    int attempts,
    Instant nextAttemptAt,
    Optional<Instant> leasedUntil,
    Optional<String> lastAnswer) {
  public OutboxEntry {
    Objects.requireNonNull(grade, "grade");
    if (version < 1) throw new IllegalArgumentException("version counts from 1, got " + version);
    Objects.requireNonNull(scoreTimestamp, "scoreTimestamp");
    Objects.requireNonNull(state, "state");
    if (attempts < 0) throw new IllegalArgumentException("attempts must be >= 0, got " + attempts);
    Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
    Objects.requireNonNull(leasedUntil, "leasedUntil");
    Objects.requireNonNull(lastAnswer, "lastAnswer");
  }

  /** The participant and part. */
  public GradeKey key() {
    return grade.key();
  }
}
