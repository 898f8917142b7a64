package dk.bif.core.competence;

import java.util.Objects;

/**
 * Identifies a competence framework, e.g. {@code "bif-fagligheder-2017"}. Stable across versions of
 * the framework: exports and ratings refer to it.
 *
 * @param value the identifier, never blank; compared exactly
 */
public record FrameworkId(String value) {
  public FrameworkId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("a framework id must not be blank");
    }
  }

  /** Returns the id for {@code value}. */
  public static FrameworkId of(String value) {
    return new FrameworkId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
