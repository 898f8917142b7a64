package dk.bif.tool.pages;

import dk.bif.lti.registration.PlatformRegistration;
import dk.bif.lti.registration.RegistrationRepository;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The origins allowed to frame our pages: every registered platform's issuer and authorization
 * endpoint, plus the origins the integrator names (an LMS whose pages live on another host than its
 * issuer, as Canvas's school domains do). Recomputed at most once per {@link #REFRESH}.
 * Thread-safe.
 */
final class FrameAncestors {

  /**
   * How long a computed policy is reused before registrations are read again: a platform added by
   * {@code bif platform add} (another process) may frame the pages within seconds.
   */
  static final Duration REFRESH = Duration.ofSeconds(5);

  private final RegistrationRepository registrations;
  private final Collection<URI> extra;
  private final Clock clock;
  private volatile String policy;
  private volatile Instant computedAt = Instant.MIN;

  FrameAncestors(RegistrationRepository registrations, Collection<URI> extra, Clock clock) {
    this.registrations = registrations;
    this.extra = java.util.List.copyOf(extra);
    this.clock = clock;
  }

  /** The Content-Security-Policy header value for our pages. */
  String contentSecurityPolicy() {
    Instant now = clock.instant();
    if (policy == null || now.isAfter(computedAt.plus(REFRESH))) {
      TreeSet<String> origins = new TreeSet<>();
      for (PlatformRegistration r : registrations.all()) {
        origin(URI.create(r.issuer().value())).ifPresent(origins::add);
        origin(r.authorizationEndpoint()).ifPresent(origins::add);
      }
      extra.forEach(u -> origin(u).ifPresent(origins::add));
      policy =
          "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self';"
              + " base-uri 'none'; frame-ancestors 'self'"
              + (origins.isEmpty() ? "" : " " + String.join(" ", origins));
      computedAt = now;
    }
    return policy;
  }

  /** {@code scheme://host[:port]} of an http(s) URI; other URIs (e.g. a URN issuer) have none. */
  static Optional<String> origin(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null)
      return Optional.empty();
    return Optional.of(
        scheme
            + "://"
            + uri.getHost().toLowerCase(Locale.ROOT)
            + (uri.getPort() == -1 ? "" : ":" + uri.getPort()));
  }
}
