package dk.bif.lti.deeplink;

import dk.bif.lti.launch.LtiLaunch;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Deep-linking launches waiting for the teacher's choice, each under an unguessable one-time token
 * that the picker form carries. The token is the form's CSRF protection and binds the answer to the
 * launch it came from: without it (or after it was used, or after {@link #LIFETIME}) no response is
 * signed. It travels in the form, not in a cookie, because LMS frames often block third-party
 * cookies. In memory: a single node. Thread-safe.
 */
public final class PendingDeepLinks {

  /** How long a teacher has to choose: 30 minutes. */
  public static final Duration LIFETIME = Duration.ofMinutes(30);

  /**
   * Most pending choices kept; beyond it the oldest expire first (a flood cannot exhaust memory).
   */
  public static final int CAPACITY = 10_000;

  private record Pending(LtiLaunch launch, Instant expires) {}

  private final ConcurrentHashMap<String, Pending> pending = new ConcurrentHashMap<>();
  private final SecureRandom random;
  private final Clock clock;

  /**
   * @param random the token source
   * @param clock the time
   */
  public PendingDeepLinks(SecureRandom random, Clock clock) {
    this.random = Objects.requireNonNull(random, "random");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Keeps a deep-linking launch until the teacher answers.
   *
   * @param launch a validated deep-linking launch
   * @return the one-time token for the picker form (256 random bits, URL-safe)
   */
  public String open(LtiLaunch launch) {
    Objects.requireNonNull(launch, "launch");
    if (launch.deepLinking().isEmpty())
      throw new IllegalArgumentException("not a deep-linking launch");
    Instant now = clock.instant();
    if (pending.size() >= CAPACITY) {
      pending.values().removeIf(p -> !p.expires().isAfter(now));
      if (pending.size() >= CAPACITY) {
        pending.entrySet().stream()
            .min(
                java.util.Map.Entry.comparingByValue(
                    java.util.Comparator.comparing(Pending::expires)))
            .ifPresent(e -> pending.remove(e.getKey()));
      }
    }
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    pending.put(token, new Pending(launch, now.plus(LIFETIME)));
    return token;
  }

  /**
   * Takes the launch a token was given for; a token works once.
   *
   * @param token the token from the form
   * @return the launch, or empty when the token is unknown, used or expired
   */
  public Optional<LtiLaunch> take(String token) {
    if (token == null || token.isBlank()) return Optional.empty();
    Pending p = pending.remove(token);
    if (p == null || !clock.instant().isBefore(p.expires())) return Optional.empty();
    return Optional.of(p.launch());
  }
}
