package dk.bif.tool.pages;

import java.util.Objects;
import java.util.Optional;

/**
 * A finished answer for the servlet glue to write: an HTML page with its status, or a redirect.
 *
 * @param status the HTTP status
 * @param html the page, for anything but a redirect
 * @param location the redirect target (path with query, below the context path), for a 303
 */
public record Rendered(int status, Optional<String> html, Optional<String> location) {
  /** Checks. */
  public Rendered {
    Objects.requireNonNull(html, "html");
    Objects.requireNonNull(location, "location");
    if (html.isPresent() == location.isPresent())
      throw new IllegalArgumentException("a page or a redirect, not both");
  }

  static Rendered page(int status, String html) {
    return new Rendered(status, Optional.of(html), Optional.empty());
  }

  static Rendered redirect(String location) {
    return new Rendered(303, Optional.empty(), Optional.of(location));
  }
}
