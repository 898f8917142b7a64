package dk.bif.lti.launch;

import dk.bif.lti.registration.Issuer;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A {@link NonceStore} in memory, for one server. Expired records are swept every {@value
 * #SWEEP_EVERY} uses. Thread-safe.
 */
public final class InMemoryNonceStore implements NonceStore {
  static final int SWEEP_EVERY = 1024;

  private record Key(Issuer issuer, String nonce) {}

  private final Map<Key, Instant> used = new ConcurrentHashMap<>();
  private final AtomicInteger uses = new AtomicInteger();
  private final Clock clock;

  /**
   * Creates an empty store.
   *
   * @param clock decides when a record may be swept
   */
  public InMemoryNonceStore(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public boolean firstUse(Issuer issuer, String nonce, Instant keepUntil) {
    if (uses.incrementAndGet() % SWEEP_EVERY == 0) {
      Instant now = clock.instant();
      used.values().removeIf(until -> until.isBefore(now));
    }
    return used.putIfAbsent(new Key(issuer, nonce), keepUntil) == null;
  }
}
