package dk.bif.lti.ags;

import dk.bif.lti.http.FetchedResponse;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Paging links (RFC 8288) as platforms send them, tolerant of Moodle's typographic quotes ({@code
 * rel=“next”}), also when their UTF-8 bytes arrive read as ISO-8859-1, and of several links in one
 * header or in several headers.
 */
public final class LinkHeader {
  private LinkHeader() {}

  private static final Pattern LINK =
      Pattern.compile("<([^>]*)>\\s*((?:;\\s*[^;,<]+)*)", Pattern.CASE_INSENSITIVE);

  private static final Pattern REL =
      Pattern.compile("rel\\s*=\\s*[\"“”']?([^\"“”';,]+)", Pattern.CASE_INSENSITIVE);

  /**
   * The target of the link with relation {@code rel}, resolved against the request URL.
   *
   * @param answer the answer
   * @param requested the URL that was requested
   * @param rel the relation, e.g. {@code next} or {@code differences}
   * @return the target, or empty when the answer has no such link
   */
  public static Optional<URI> find(FetchedResponse answer, URI requested, String rel) {
    List<String> values = answer.headers().getOrDefault("link", List.of());
    for (String raw : values) {
      String value = repairTypographicQuotes(raw);
      Matcher link = LINK.matcher(value);
      while (link.find()) {
        Matcher r = REL.matcher(link.group(2));
        while (r.find()) {
          for (String name : r.group(1).strip().split("\\s+")) {
            if (name.equalsIgnoreCase(rel))
              return Optional.of(requested.resolve(link.group(1).strip()));
          }
        }
      }
    }
    return Optional.empty();
  }

  /** Moodle's “ ” arrive as UTF-8 bytes that java.net.http reads as ISO-8859-1. */
  static String repairTypographicQuotes(String value) {
    if (value.indexOf('\u00e2') < 0) return value;
    boolean latin1 = value.chars().allMatch(c -> c < 256);
    return latin1
        ? new String(value.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8)
        : value;
  }
}
