package dk.bif.lti.testkit;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What every service endpoint checks first: a valid bearer token with one of the scopes, the
 * profile's header rules, and the course in the URL. Also writes the paging {@code Link} header.
 */
final class ServiceGuard {
  private final ReferencePlatform platform;

  ServiceGuard(ReferencePlatform platform) {
    this.platform = platform;
  }

  /**
   * Checks the request; on failure the answer is already written.
   *
   * @return the grant and course, or empty when refused
   */
  Optional<Access> admit(Exchange ex, Set<String> anyOfScopes) throws IOException {
    Profile profile = platform.profile();
    if (profile.sendsRateLimitHeaders()) {
      ex.response.setHeader("X-Request-Cost", "0.01");
      ex.response.setHeader("X-Rate-Limit-Remaining", "699.99");
    }
    if (profile.requiresUserAgent() && ex.header("User-Agent").map(String::isBlank).orElse(true)) {
      ex.problem(400, "a User-Agent header is required");
      return Optional.empty();
    }
    String auth = ex.header("Authorization").orElse("");
    Optional<AccessTokens.Grant> grant =
        auth.regionMatches(true, 0, "Bearer ", 0, 7)
            ? platform.accessTokens().use(auth.substring(7).strip(), platform.faults().tokenUses())
            : Optional.empty();
    if (grant.isEmpty()) {
      ex.response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
      ex.problem(401, "the access token is missing, unknown or expired");
      return Optional.empty();
    }
    if (grant.get().scopes().stream().noneMatch(anyOfScopes::contains)) {
      ex.response.setHeader("WWW-Authenticate", "Bearer error=\"insufficient_scope\"");
      ex.problem(403, "the access token lacks a scope for this service: one of " + anyOfScopes);
      return Optional.empty();
    }
    String courseId = ex.pathGroup("course");
    Optional<Course> course = platform.course(courseId);
    if (course.isEmpty()) {
      ex.problem(404, "no course " + courseId);
      return Optional.empty();
    }
    return Optional.of(new Access(grant.get(), course.get()));
  }

  record Access(AccessTokens.Grant grant, Course course) {}

  /** Parses a non-negative int query parameter, or the default. */
  static int intParam(Exchange ex, String name, int def) {
    Optional<String> v = ex.param(name);
    if (v.isEmpty()) {
      return def;
    }
    try {
      int n = Integer.parseInt(v.get());
      if (n < 0) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new Exchange.BadRequest(name + " must be a non-negative integer, was " + v.get());
    }
  }

  /**
   * Writes a page of {@code all} starting at {@code from} with at most {@code limit} entries, and
   * the Link header for the next page (and any extra links).
   */
  static <T> List<T> page(
      Exchange ex, List<T> all, int from, int limit, boolean typographic, List<String> extraLinks) {
    int end = limit == 0 ? all.size() : Math.min(all.size(), from + limit);
    List<String> links = new ArrayList<>();
    if (end < all.size()) {
      links.add(link(nextUrl(ex, end, limit), "next", typographic));
    }
    links.addAll(extraLinks);
    if (!links.isEmpty()) {
      ex.response.setHeader("Link", String.join(", ", links));
    }
    return from >= all.size() ? List.of() : all.subList(from, end);
  }

  /**
   * One Link value. Typographic quotes go on the wire as their UTF-8 bytes, as Moodle's PHP sends
   * them; a client that reads header bytes as ISO-8859-1 (java.net.http does) sees {@code
   * â\u0080\u009c}.
   */
  static String link(String url, String rel, boolean typographic) {
    if (!typographic) {
      return "<" + url + ">; rel=\"" + rel + "\"";
    }
    String quoted = "\u201c" + rel + "\u201d";
    return "<"
        + url
        + ">; rel="
        + new String(
            quoted.getBytes(java.nio.charset.StandardCharsets.UTF_8),
            java.nio.charset.StandardCharsets.ISO_8859_1);
  }

  private static String nextUrl(Exchange ex, int from, int limit) {
    URI full = URI.create(ex.url());
    StringBuilder query = new StringBuilder();
    LtiBrowser.queryParameters(full)
        .forEach(
            (k, v) -> {
              if (!k.equals("from") && !k.equals("limit")) {
                query
                    .append(query.length() == 0 ? "" : "&")
                    .append(enc(k))
                    .append('=')
                    .append(enc(v));
              }
            });
    query
        .append(query.length() == 0 ? "" : "&")
        .append("limit=")
        .append(limit)
        .append("&from=")
        .append(from);
    String base = full.toString().replaceFirst("\\?.*$", "");
    return base + "?" + query;
  }

  static String enc(String s) {
    return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
  }
}
