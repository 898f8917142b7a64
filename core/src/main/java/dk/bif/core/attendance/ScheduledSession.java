package dk.bif.core.attendance;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * When and where a session of a cohort takes place.
 *
 * @param session the session (teaching day 3, study-group session 1, …)
 * @param starts when it starts, in the calendar's time zone
 * @param ends when it ends, after {@code starts}
 * @param place where, e.g. {@code "KP, Tagensvej 18, lokale C.2.14"}; never blank
 */
public record ScheduledSession(
    Session session, LocalDateTime starts, LocalDateTime ends, String place) {
  public ScheduledSession {
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(starts, "starts");
    Objects.requireNonNull(ends, "ends");
    Objects.requireNonNull(place, "place");
    if (!ends.isAfter(starts)) {
      throw new IllegalArgumentException(session + " must end after it starts, " + starts);
    }
    if (place.isBlank()) {
      throw new IllegalArgumentException(session + " needs a place");
    }
    place = place.strip();
  }
}
