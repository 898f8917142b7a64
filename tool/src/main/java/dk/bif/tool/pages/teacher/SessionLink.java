package dk.bif.tool.pages.teacher;

import dk.bif.tool.pages.SessionTime;
import java.util.Objects;
import java.util.Optional;

/**
 * One scheduled session of the cohort's part, with how far its attendance is recorded.
 *
 * @param key the session as written in the URL, e.g. {@code teaching-day-3}
 * @param label its name, e.g. "Undervisningsdag 3"
 * @param recorded participants with attendance recorded for it
 * @param participants participants in the cohort
 * @param when when and where it takes place, when the cohort's calendar says
 */
public record SessionLink(
    String key, Message label, int recorded, int participants, Optional<SessionTime> when) {
  public SessionLink {
    Objects.requireNonNull(when, "when");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(label, "label");
    if (recorded < 0 || participants < 0 || recorded > participants) {
      throw new IllegalArgumentException(recorded + " of " + participants + " is not a count");
    }
  }
}
