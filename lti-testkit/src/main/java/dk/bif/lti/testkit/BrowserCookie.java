package dk.bif.lti.testkit;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A cookie in the {@link LtiBrowser}'s jar.
 *
 * @param name name
 * @param value value
 * @param host the host that set it (cookies are host-only unless {@code domain} is set)
 * @param domain the {@code Domain} attribute, if any
 * @param path the path prefix
 * @param secure {@code Secure}
 * @param httpOnly {@code HttpOnly}
 * @param sameSite {@code Strict}, {@code Lax}, {@code None}, or empty when not set (treated as Lax,
 *     as Chrome does)
 * @param expires when it expires; empty for a session cookie
 */
public record BrowserCookie(
    String name,
    String value,
    String host,
    Optional<String> domain,
    String path,
    boolean secure,
    boolean httpOnly,
    Optional<String> sameSite,
    Optional<Instant> expires) {
  /** Checks every field. */
  public BrowserCookie {
    Checks.notBlank(name, "name");
    Objects.requireNonNull(value, "value");
    Checks.notBlank(host, "host");
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(sameSite, "sameSite");
    Objects.requireNonNull(expires, "expires");
  }

  boolean matchesHost(String requestHost) {
    return domain
        .map(
            d ->
                requestHost.equalsIgnoreCase(d)
                    || requestHost.toLowerCase().endsWith("." + d.toLowerCase()))
        .orElse(requestHost.equalsIgnoreCase(host));
  }

  boolean matchesPath(String requestPath) {
    String p = requestPath.isEmpty() ? "/" : requestPath;
    return p.equals(path) || p.startsWith(path.endsWith("/") ? path : path + "/");
  }

  /** The effective SameSite: Lax when the attribute is missing. */
  String effectiveSameSite() {
    return sameSite
        .map(s -> s.substring(0, 1).toUpperCase() + s.substring(1).toLowerCase())
        .orElse("Lax");
  }
}
