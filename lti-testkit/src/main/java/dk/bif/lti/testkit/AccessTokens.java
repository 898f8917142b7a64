package dk.bif.lti.testkit;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Issued bearer tokens. Thread-safe. */
final class AccessTokens {
  record Grant(String clientId, Set<String> scopes, Instant expiresAt, int uses) {}

  private final SecureRandom random = new SecureRandom();
  private final Map<String, Grant> grants = new ConcurrentHashMap<>();
  private final Clock clock;

  AccessTokens(Clock clock) {
    this.clock = clock;
  }

  String issue(String clientId, Set<String> scopes, Duration lifetime) {
    byte[] bytes = new byte[24];
    random.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    grants.put(token, new Grant(clientId, Set.copyOf(scopes), clock.instant().plus(lifetime), 0));
    return token;
  }

  /**
   * The grant of a token that is known and not expired, counting this use; with {@code maxUses}
   * above 0 a token expires early once it has been used that many times.
   */
  Optional<Grant> use(String token, int maxUses) {
    Grant g =
        grants.computeIfPresent(
            token,
            (t, old) -> new Grant(old.clientId(), old.scopes(), old.expiresAt(), old.uses() + 1));
    if (g == null || !clock.instant().isBefore(g.expiresAt())) {
      return Optional.empty();
    }
    if (maxUses > 0 && g.uses() > maxUses) {
      return Optional.empty();
    }
    return Optional.of(g);
  }

  void expireAll() {
    Instant now = clock.instant();
    grants.replaceAll((t, g) -> new Grant(g.clientId(), g.scopes(), now, g.uses()));
  }
}
