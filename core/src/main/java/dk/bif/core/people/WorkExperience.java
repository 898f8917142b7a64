package dk.bif.core.people;

import java.util.Objects;

/**
 * A period of relevant work experience before or beside the current employment (employment in the
 * administration itself is counted from the hire date and is not recorded here).
 *
 * @param period when
 * @param description what the work was, never blank
 */
public record WorkExperience(DateRange period, String description) {
  public WorkExperience {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(description, "description");
    if (description.isBlank()) {
      throw new IllegalArgumentException("work experience needs a description");
    }
  }
}
