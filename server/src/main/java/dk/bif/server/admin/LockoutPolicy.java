package dk.bif.server.admin;

import java.time.Duration;
import java.util.Objects;

/**
 * When repeated failed logins lock an administrator's account: after {@code maxFailures} wrong
 * passwords in a row the account refuses every login, the right password included, for {@code
 * lockFor}; a successful login resets the count. Counted in the database, so across every node.
 *
 * @param maxFailures wrong passwords in a row that lock the account, at least 1
 * @param lockFor how long the account stays locked, positive
 */
public record LockoutPolicy(int maxFailures, Duration lockFor) {

  /** Five wrong passwords in a row ... */
  public static final int DEFAULT_MAX_FAILURES = 5;

  /** ... lock the account for 15 minutes. */
  public static final Duration DEFAULT_LOCK = Duration.ofMinutes(15);

  /** Checks the invariants. */
  public LockoutPolicy {
    if (maxFailures < 1)
      throw new IllegalArgumentException("maxFailures must be >= 1, was " + maxFailures);
    Objects.requireNonNull(lockFor, "lockFor");
    if (lockFor.isNegative() || lockFor.isZero())
      throw new IllegalArgumentException("lockFor must be positive");
  }

  /** The defaults above. */
  public static LockoutPolicy standard() {
    return new LockoutPolicy(DEFAULT_MAX_FAILURES, DEFAULT_LOCK);
  }
}
