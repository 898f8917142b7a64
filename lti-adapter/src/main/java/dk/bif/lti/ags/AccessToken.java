package dk.bif.lti.ags;

import java.time.Instant;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A bearer token for platform services. {@link #toString()} never shows the value.
 *
 * @param value the token
 * @param scopes the scopes asked for, sorted
 * @param useUntil when the tool stops using it (shortly before it expires)
 */
public record AccessToken(String value, SortedSet<String> scopes, Instant useUntil) {
  public AccessToken {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) throw new IllegalArgumentException("access_token must not be blank");
    scopes = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(scopes));
    Objects.requireNonNull(useUntil, "useUntil");
  }

  @Override
  public String toString() {
    return "AccessToken[scopes=" + scopes + ", useUntil=" + useUntil + "]";
  }
}
