package dk.bif.core.people;

import java.util.Objects;

/**
 * Identifies a job centre (centre) of the administration, e.g. {@code "JC-Amager"}.
 *
 * @param value the identifier, never blank; compared exactly
 */
public record CentreId(String value) {
  public CentreId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("a centre id must not be blank");
    }
  }

  /** Returns the id for {@code value}. */
  public static CentreId of(String value) {
    return new CentreId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
