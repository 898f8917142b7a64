package dk.bif.lti.ags;

import java.time.Duration;
import java.util.Objects;

/**
 * How the tool asks for and keeps access tokens (1EdTech Security Framework §4.1).
 *
 * @param assertionLifetime how long a client assertion is valid: short, it is used once
 * @param refreshMargin how long before {@code expires_in} a cached token is replaced, so that a
 *     token never expires in flight; for tokens shorter than twice the margin, half their life
 */
public record AccessTokenPolicy(Duration assertionLifetime, Duration refreshMargin) {

  /** A client assertion lives 60 s: enough for clock skew and one round trip. */
  public static final Duration DEFAULT_ASSERTION_LIFETIME = Duration.ofSeconds(60);

  /** A cached token is replaced 60 s before the platform says it expires. */
  public static final Duration DEFAULT_REFRESH_MARGIN = Duration.ofSeconds(60);

  public AccessTokenPolicy {
    Objects.requireNonNull(assertionLifetime, "assertionLifetime");
    Objects.requireNonNull(refreshMargin, "refreshMargin");
    if (assertionLifetime.isNegative() || assertionLifetime.isZero())
      throw new IllegalArgumentException("assertionLifetime must be > 0");
    if (refreshMargin.isNegative())
      throw new IllegalArgumentException("refreshMargin must be >= 0");
  }

  /** The defaults above. */
  public static AccessTokenPolicy defaults() {
    return new AccessTokenPolicy(DEFAULT_ASSERTION_LIFETIME, DEFAULT_REFRESH_MARGIN);
  }

  /**
   * @param lifetime the token's {@code expires_in}
   * @return how long to use it from the moment it was issued
   */
  Duration usableFor(Duration lifetime) {
    Duration margin =
        refreshMargin.compareTo(lifetime.dividedBy(2)) > 0 ? lifetime.dividedBy(2) : refreshMargin;
    return lifetime.minus(margin);
  }
}
