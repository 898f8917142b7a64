package dk.bif.core.people;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A completed education.
 *
 * @param level what kind of education
 * @param completedOn when it was completed
 */
public record Education(EducationLevel level, LocalDate completedOn) {
  public Education {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(completedOn, "completedOn");
  }
}
