package dk.bif.lti.tool;

import dk.bif.lti.registration.PlatformRegistration;
import dk.bif.lti.registration.RegistrationRepository;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The {@code Content-Security-Policy} of every page the tool writes, in one place: nothing but the
 * tool's own scripts, style sheet, images and forms, and only the registered platforms may frame
 * the page ({@code dk.bif.lti.servlet.PageHeaders} sets it with the other security headers).
 *
 * <p>The origins allowed to frame the pages are every registered platform's issuer and
 * authorization endpoint, plus the origins the integrator names (an LMS whose pages live on another
 * host than its issuer, as Canvas's school domains do); they are read again at most once per {@link
 * #REFRESH}, so a platform registered while the tool runs (by {@code bif platform add} in another
 * process, say) may frame it within seconds.
 *
 * <p>A page that posts a form to a platform by itself (the deep-linking response) gets {@link
 * #autoPostPolicy}: its one script, {@link #AUTO_POST_SCRIPT}, allowed by its hash, and forms
 * allowed to the platform's origin only. Thread-safe.
 */
public final class ContentSecurityPolicy {

  /** How long a computed policy is reused before the registrations are read again. */
  public static final Duration REFRESH = Duration.ofSeconds(5);

  /** The only script an auto-posting page may carry, inline, exactly so. */
  public static final String AUTO_POST_SCRIPT = "document.forms[0].submit();";

  private static final String AUTO_POST_HASH = "'sha256-" + sha256(AUTO_POST_SCRIPT) + "'";

  private final RegistrationRepository registrations;
  private final List<URI> extra;
  private final Clock clock;
  private volatile Computed computed;

  private record Computed(String frameAncestors, String page, Instant at) {}

  /**
   * @param registrations the registered platforms, whose origins may frame the pages
   * @param frameOrigins further origins that may frame the pages
   * @param clock when the registrations are read again
   */
  public ContentSecurityPolicy(
      RegistrationRepository registrations, Collection<URI> frameOrigins, Clock clock) {
    this.registrations = Objects.requireNonNull(registrations, "registrations");
    this.extra = List.copyOf(frameOrigins);
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * The Content-Security-Policy of a page: {@code default-src 'none'; script-src 'self';
   * connect-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri
   * 'none'; frame-ancestors 'self'} and the platforms' origins. Scripts come from the tool's own
   * files only (never inline) and talk to the tool only.
   *
   * @return the header value
   */
  public String page() {
    return current().page();
  }

  /**
   * The Content-Security-Policy of the platform-storage pages of the launch: the page's, and
   * scripts from the tool's own origin ({@code script-src 'self'}: the static storage script, never
   * an inline one).
   *
   * @return the header value
   */
  public String storagePage() {
    return "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
        + " form-action 'self'; base-uri 'none'; frame-ancestors "
        + current().frameAncestors();
  }

  /**
   * The Content-Security-Policy of a page that posts its one form to {@code target} with {@link
   * #AUTO_POST_SCRIPT}: no other script, no style sheet, forms to the target's origin only.
   *
   * @param target where the form posts, an http(s) URL
   * @return the header value
   * @throws IllegalArgumentException when the target has no http(s) origin
   */
  public String autoPostPolicy(URI target) {
    String origin =
        origin(target)
            .orElseThrow(() -> new IllegalArgumentException("no http(s) origin: " + target));
    return "default-src 'none'; script-src "
        + AUTO_POST_HASH
        + "; form-action "
        + origin
        + "; base-uri 'none'; frame-ancestors "
        + current().frameAncestors();
  }

  private Computed current() {
    Instant now = clock.instant();
    Computed c = computed;
    if (c == null || now.isAfter(c.at().plus(REFRESH))) {
      TreeSet<String> origins = new TreeSet<>();
      for (PlatformRegistration r : registrations.all()) {
        try {
          origin(URI.create(r.issuer().value())).ifPresent(origins::add);
        } catch (IllegalArgumentException notAUrl) {
          // an issuer need not be a URL; it then frames nothing
        }
        origin(r.authorizationEndpoint()).ifPresent(origins::add);
      }
      extra.forEach(u -> origin(u).ifPresent(origins::add));
      String ancestors = "'self'" + (origins.isEmpty() ? "" : " " + String.join(" ", origins));
      c =
          new Computed(
              ancestors,
              "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self';"
                  + " img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors "
                  + ancestors,
              now);
      computed = c;
    }
    return c;
  }

  /**
   * The origin of an http(s) URI.
   *
   * @param uri any URI
   * @return {@code scheme://host[:port]}, lower case; empty for other URIs (e.g. a URN issuer)
   */
  public static Optional<String> origin(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null)
      return Optional.empty();
    return Optional.of(
        scheme
            + "://"
            + uri.getHost().toLowerCase(Locale.ROOT)
            + (uri.getPort() == -1 ? "" : ":" + uri.getPort()));
  }

  private static String sha256(String script) {
    try {
      return Base64.getEncoder()
          .encodeToString(
              MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
