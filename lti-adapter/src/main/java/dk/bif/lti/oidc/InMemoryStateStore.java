package dk.bif.lti.oidc;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A {@link StateStore} in memory, for one server. Logins are dropped {@link #KEEP_AFTER_EXPIRY}
 * after they expire (until then a late launch is told "expired" rather than "unknown").
 * Thread-safe.
 */
public final class InMemoryStateStore implements StateStore {
  /** How long an expired login is kept so that its late launch gets the precise reason. */
  public static final Duration KEEP_AFTER_EXPIRY = Duration.ofMinutes(10);

  private static final int SWEEP_EVERY = 256;

  private final Map<String, PendingLogin> logins = new ConcurrentHashMap<>();
  private final AtomicInteger puts = new AtomicInteger();
  private final Clock clock;

  /**
   * Creates an empty store.
   *
   * @param clock decides when an expired login may be dropped
   */
  public InMemoryStateStore(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public void put(PendingLogin login) {
    if (puts.incrementAndGet() % SWEEP_EVERY == 0) {
      Instant cutoff = clock.instant().minus(KEEP_AFTER_EXPIRY);
      logins.values().removeIf(l -> l.expiresAt().isBefore(cutoff));
    }
    logins.put(login.state(), login);
  }

  @Override
  public Optional<PendingLogin> take(String state) {
    return Optional.ofNullable(logins.remove(Objects.requireNonNull(state, "state")));
  }
}
