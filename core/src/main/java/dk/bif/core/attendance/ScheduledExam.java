package dk.bif.core.attendance;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * When and where a cohort sits its part's exam.
 *
 * @param starts when it starts, in the calendar's time zone
 * @param ends when it ends, after {@code starts}
 * @param place where; never blank
 */
public record ScheduledExam(LocalDateTime starts, LocalDateTime ends, String place) {
  public ScheduledExam {
    Objects.requireNonNull(starts, "starts");
    Objects.requireNonNull(ends, "ends");
    Objects.requireNonNull(place, "place");
    if (!ends.isAfter(starts)) {
      throw new IllegalArgumentException("the exam must end after it starts, " + starts);
    }
    if (place.isBlank()) {
      throw new IllegalArgumentException("the exam needs a place");
    }
    place = place.strip();
  }
}
