package dk.bif.tool.grades;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * When to try a grade again: the platform's {@code Retry-After} when it sent one; else exponential
 * backoff from {@link DeliverySettings#firstRetry()} doubling per attempt up to {@link
 * DeliverySettings#longestRetry()}, with jitter (a random point in the upper half) so that grades
 * refused together do not come back together.
 */
public final class RetryPolicy {

  private final Duration first;
  private final Duration longest;
  private final RandomGenerator random;

  /**
   * @param settings first and longest wait
   * @param random the jitter source
   */
  public RetryPolicy(DeliverySettings settings, RandomGenerator random) {
    this.first = settings.firstRetry();
    this.longest = settings.longestRetry();
    this.random = Objects.requireNonNull(random, "random");
  }

  /**
   * @param attemptsSoFar failed attempts before this one (0 for the first failure)
   * @param retryAfter the platform's {@code Retry-After}, if any
   * @return how long to wait
   */
  public Duration delay(int attemptsSoFar, Optional<Duration> retryAfter) {
    if (retryAfter.isPresent()) {
      Duration asked = retryAfter.get();
      long spread = Math.max(1, asked.toMillis() / 10);
      return asked.plusMillis(random.nextLong(spread));
    }
    long firstMs = first.toMillis();
    long cap = longest.toMillis();
    int shift = Math.min(Math.max(attemptsSoFar, 0), 40);
    long full = shift >= 62 || firstMs > (cap >> shift) ? cap : Math.min(cap, firstMs << shift);
    long half = full / 2;
    return Duration.ofMillis(half + random.nextLong(Math.max(1, full - half + 1)));
  }
}
