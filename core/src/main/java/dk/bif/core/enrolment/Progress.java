package dk.bif.core.enrolment;

import dk.bif.core.curriculum.PartId;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The parts an employee has completed (passed, or attended when the part has no exam), with the
 * day.
 *
 * @param completedOn the day each completed part was completed (copied)
 */
public record Progress(Map<PartId, LocalDate> completedOn) {
  /** Nothing completed yet. */
  public static final Progress NONE = new Progress(Map.of());

  public Progress {
    completedOn = Map.copyOf(completedOn);
  }

  /**
   * @param part a part
   * @return when it was completed, or empty when it has not been
   */
  public Optional<LocalDate> completed(PartId part) {
    return Optional.ofNullable(completedOn.get(Objects.requireNonNull(part, "part")));
  }

  /**
   * @param part a part
   * @param on the day it was completed
   * @return this progress with the part completed
   */
  public Progress with(PartId part, LocalDate on) {
    var copy = new java.util.HashMap<>(completedOn);
    copy.put(part, on);
    return new Progress(copy);
  }
}
