package dk.bif.core.competence;

import java.util.Objects;

/**
 * Identifies a profile of a competence framework, e.g. {@code "virksomheder"}. Stable across
 * versions of the framework: exports and ratings refer to it.
 *
 * @param value the identifier, never blank; compared exactly
 */
public record ProfileId(String value) {
  public ProfileId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("a profile id must not be blank");
    }
  }

  /** Returns the id for {@code value}. */
  public static ProfileId of(String value) {
    return new ProfileId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
