package dk.bif.tool.grades;

import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/** {@link AdminRetryTokens} in memory, for tests and a single node. Thread-safe. */
public final class InMemoryAdminRetryTokens implements AdminRetryTokens {

  private final ConcurrentHashMap<String, Instant> tokens = new ConcurrentHashMap<>();

  @Override
  public void keep(String token, Instant expires) {
    tokens.put(Objects.requireNonNull(token, "token"), Objects.requireNonNull(expires, "expires"));
  }

  @Override
  public boolean redeem(String token, Instant now) {
    if (token == null || token.isBlank()) return false;
    Instant expires = tokens.remove(token);
    return expires != null && now.isBefore(expires);
  }

  @Override
  public int purgeExpired(Instant now) {
    int before = tokens.size();
    tokens.values().removeIf(expires -> !now.isBefore(expires));
    return before - tokens.size();
  }
}
