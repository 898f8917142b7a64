package dk.bif.lti.deeplink;

import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** {@link PendingDeepLinks} in memory, for tests and a single node. Thread-safe. */
public final class InMemoryPendingDeepLinks implements PendingDeepLinks {

  /** Most choices kept; beyond it the oldest go first (a flood cannot exhaust memory). */
  public static final int CAPACITY = 10_000;

  private record Pending(PendingDeepLink choice, Instant expires) {}

  private final ConcurrentHashMap<String, Pending> pending = new ConcurrentHashMap<>();

  @Override
  public void keep(String token, PendingDeepLink choice, Instant expires) {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(choice, "choice");
    Objects.requireNonNull(expires, "expires");
    if (pending.size() >= CAPACITY) {
      pending.entrySet().stream()
          .min(Map.Entry.comparingByValue(Comparator.comparing(Pending::expires)))
          .ifPresent(e -> pending.remove(e.getKey()));
    }
    pending.put(token, new Pending(choice, expires));
  }

  @Override
  public Optional<PendingDeepLink> take(String token, Instant now) {
    if (token == null || token.isBlank()) return Optional.empty();
    Pending p = pending.remove(token);
    if (p == null || !now.isBefore(p.expires())) return Optional.empty();
    return Optional.of(p.choice());
  }

  @Override
  public int purgeExpired(Instant now) {
    int before = pending.size();
    pending.values().removeIf(p -> !now.isBefore(p.expires()));
    return before - pending.size();
  }
}
