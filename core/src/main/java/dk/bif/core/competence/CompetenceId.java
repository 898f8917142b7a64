package dk.bif.core.competence;

import java.util.Objects;

/**
 * Identifies one competence of a framework, e.g. {@code "virksomheder.1"}. Stable across versions
 * of the framework: exports and ratings refer to it.
 *
 * @param value the identifier, never blank; compared exactly
 */
public record CompetenceId(String value) {
  public CompetenceId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("a competence id must not be blank");
    }
  }

  /** Returns the id for {@code value}. */
  public static CompetenceId of(String value) {
    return new CompetenceId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
