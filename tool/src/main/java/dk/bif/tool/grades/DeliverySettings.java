package dk.bif.tool.grades;

import java.time.Duration;
import java.util.Objects;

/**
 * How the grade delivery worker runs.
 *
 * @param pollInterval how long the worker rests when the outbox has nothing due
 * @param batchSize how many entries one claim takes
 * @param senders how many scores are sent at once (different participants; one participant's scores
 *     for one part are never sent at once)
 * @param lease how long a claimed entry is held; longer than the slowest delivery
 * @param firstRetry the wait after the first failure; doubled per attempt, with jitter
 * @param longestRetry the longest wait between attempts
 */
public record DeliverySettings(
    Duration pollInterval,
    int batchSize,
    int senders,
    Duration lease,
    Duration firstRetry,
    Duration longestRetry) {

  /** The worker looks for due grades every second when idle. */
  public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(1);

  /** 256 entries per claim. */
  public static final int DEFAULT_BATCH_SIZE = 256;

  /** 16 scores in flight at once. */
  public static final int DEFAULT_SENDERS = 16;

  /** A claim is held for 2 minutes: several HTTP timeouts (token + line item + score). */
  public static final Duration DEFAULT_LEASE = Duration.ofMinutes(2);

  /** 2 s after the first failure, then 4, 8, … */
  public static final Duration DEFAULT_FIRST_RETRY = Duration.ofSeconds(2);

  /** … up to 15 minutes between attempts. */
  public static final Duration DEFAULT_LONGEST_RETRY = Duration.ofMinutes(15);

  public DeliverySettings {
    positive(pollInterval, "pollInterval");
    if (batchSize < 1)
      throw new IllegalArgumentException("batchSize must be >= 1, was " + batchSize);
    if (senders < 1) throw new IllegalArgumentException("senders must be >= 1, was " + senders);
    positive(lease, "lease");
    positive(firstRetry, "firstRetry");
    positive(longestRetry, "longestRetry");
    if (longestRetry.compareTo(firstRetry) < 0)
      throw new IllegalArgumentException("longestRetry must be >= firstRetry");
  }

  private static void positive(Duration d, String name) {
    Objects.requireNonNull(d, name);
    if (d.isNegative() || d.isZero()) throw new IllegalArgumentException(name + " must be > 0");
  }

  /** The defaults above. */
  public static DeliverySettings defaults() {
    return new DeliverySettings(
        DEFAULT_POLL_INTERVAL,
        DEFAULT_BATCH_SIZE,
        DEFAULT_SENDERS,
        DEFAULT_LEASE,
        DEFAULT_FIRST_RETRY,
        DEFAULT_LONGEST_RETRY);
  }
}
