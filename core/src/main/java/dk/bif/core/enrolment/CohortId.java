package dk.bif.core.enrolment;

import java.util.Objects;

/**
 * Identifies a cohort (hold): the group of participants who take one part together. In the LMS a
 * cohort is one course context.
 *
 * @param value the identifier, never blank; compared exactly
 */
public record CohortId(String value) {
  public CohortId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("a cohort id must not be blank");
    }
  }

  /** Returns the id for {@code value}. */
  public static CohortId of(String value) {
    return new CohortId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
