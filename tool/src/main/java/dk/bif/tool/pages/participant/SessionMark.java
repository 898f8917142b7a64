package dk.bif.tool.pages.participant;

import dk.bif.core.attendance.Presence;
import dk.bif.core.attendance.SessionKind;
import java.util.Objects;
import java.util.Optional;

/**
 * One scheduled session and what was recorded for it.
 *
 * @param kind teaching day or study-group session
 * @param number the session's number within its kind
 * @param presence attended, excused or absent; empty when nothing is recorded yet
 */
public record SessionMark(SessionKind kind, int number, Optional<Presence.Kind> presence) {
  public SessionMark {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(presence, "presence");
  }

  /** The message-key suffix of the presence: attended, excused, absent or unrecorded. */
  public String presenceKey() {
    return presence.map(p -> p.name().toLowerCase(java.util.Locale.ROOT)).orElse("unrecorded");
  }

  /** Whether this is a teaching day. */
  public boolean teachingDay() {
    return kind == SessionKind.TEACHING_DAY;
  }
}
