package dk.bif.lti.testkit;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A browser's cookie jar with the rules that matter for LTI: SameSite (missing = Lax; None needs
 * Secure), Secure cookies allowed over https and on loopback (as Chrome treats localhost), and
 * optional third-party cookie blocking. Not thread-safe; a browser is used by one test thread.
 */
final class CookieJar {
  private final List<BrowserCookie> cookies = new ArrayList<>();
  private final Clock clock;
  boolean portsAreSites = true;
  boolean blockThirdParty;
  String topSite;

  CookieJar(Clock clock) {
    this.clock = clock;
  }

  String site(URI uri) {
    String site = uri.getScheme() + "://" + uri.getHost().toLowerCase(Locale.ROOT);
    return portsAreSites ? site + ":" + uri.getPort() : site;
  }

  static boolean trustworthy(URI uri) {
    String host = uri.getHost();
    return "https".equalsIgnoreCase(uri.getScheme())
        || host.equals("127.0.0.1")
        || host.equalsIgnoreCase("localhost")
        || host.equals("[::1]")
        || host.equals("::1");
  }

  private boolean blockedAsThirdParty(URI uri) {
    return blockThirdParty && topSite != null && !topSite.equals(site(uri));
  }

  void store(URI from, List<String> setCookieHeaders) {
    if (blockedAsThirdParty(from)) {
      return;
    }
    for (String header : setCookieHeaders) {
      parse(from, header).ifPresent(this::put);
    }
  }

  private void put(BrowserCookie c) {
    cookies.removeIf(
        old ->
            old.name().equals(c.name())
                && old.host().equalsIgnoreCase(c.host())
                && old.path().equals(c.path()));
    if (c.expires().map(e -> !e.isAfter(clock.instant())).orElse(false)) {
      return; // deletion
    }
    cookies.add(c);
  }

  private Optional<BrowserCookie> parse(URI from, String header) {
    String[] parts = header.split(";");
    int eq = parts[0].indexOf('=');
    if (eq <= 0) {
      return Optional.empty();
    }
    String name = parts[0].substring(0, eq).strip();
    String value = parts[0].substring(eq + 1).strip();
    Optional<String> domain = Optional.empty();
    String path = defaultPath(from);
    boolean secure = false;
    boolean httpOnly = false;
    Optional<String> sameSite = Optional.empty();
    Optional<Instant> expires = Optional.empty();
    for (int i = 1; i < parts.length; i++) {
      String attr = parts[i].strip();
      int e = attr.indexOf('=');
      String key = (e < 0 ? attr : attr.substring(0, e)).strip().toLowerCase(Locale.ROOT);
      String val = e < 0 ? "" : attr.substring(e + 1).strip();
      switch (key) {
        case "domain" ->
            domain = val.isEmpty() ? Optional.empty() : Optional.of(val.replaceFirst("^\\.", ""));
        case "path" -> path = val.startsWith("/") ? val : path;
        case "secure" -> secure = true;
        case "httponly" -> httpOnly = true;
        case "samesite" -> sameSite = Optional.of(val);
        case "max-age" -> {
          try {
            expires = Optional.of(clock.instant().plusSeconds(Long.parseLong(val)));
          } catch (NumberFormatException ignored) {
            // a malformed Max-Age is ignored, as browsers do
          }
        }
        case "expires" -> {
          if (expires.isEmpty()) {
            try {
              expires =
                  Optional.of(
                      ZonedDateTime.parse(val, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            } catch (DateTimeParseException ignored) {
              // a malformed Expires is ignored, as browsers do
            }
          }
        }
        default -> {
          // Partitioned, Priority and unknown attributes do not change what we model
        }
      }
    }
    if (secure && !trustworthy(from)) {
      return Optional.empty();
    }
    if (sameSite.map(s -> s.equalsIgnoreCase("none")).orElse(false) && !secure) {
      return Optional.empty(); // Chrome rejects SameSite=None without Secure
    }
    return Optional.of(
        new BrowserCookie(
            name, value, from.getHost(), domain, path, secure, httpOnly, sameSite, expires));
  }

  private static String defaultPath(URI uri) {
    String p = uri.getRawPath();
    if (p == null || p.isEmpty() || !p.startsWith("/")) {
      return "/";
    }
    int slash = p.lastIndexOf('/');
    return slash == 0 ? "/" : p.substring(0, slash);
  }

  /**
   * The Cookie header for a request.
   *
   * @param target the request URL
   * @param initiator the page that caused the request, or null for a typed URL
   * @param method the method
   * @return the header value, or empty
   */
  Optional<String> header(URI target, URI initiator, String method) {
    if (blockedAsThirdParty(target)) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    cookies.removeIf(c -> c.expires().map(e -> !e.isAfter(now)).orElse(false));
    boolean crossSite = initiator != null && !site(initiator).equals(site(target));
    String path = target.getRawPath() == null ? "/" : target.getRawPath();
    String value =
        cookies.stream()
            .filter(c -> c.matchesHost(target.getHost()) && c.matchesPath(path))
            .filter(c -> !c.secure() || trustworthy(target))
            .filter(
                c ->
                    !crossSite
                        || switch (c.effectiveSameSite()) {
                          case "None" -> true;
                          case "Strict" -> false;
                          default -> method.equals("GET");
                        })
            .map(c -> c.name() + "=" + c.value())
            .collect(Collectors.joining("; "));
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  List<BrowserCookie> all() {
    return List.copyOf(cookies);
  }

  void clear() {
    cookies.clear();
  }
}
