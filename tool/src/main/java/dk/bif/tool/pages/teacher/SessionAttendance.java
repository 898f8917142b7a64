package dk.bif.tool.pages.teacher;

import dk.bif.core.enrolment.CohortId;
import dk.bif.tool.pages.SessionTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The attendance form of one session of the teacher's cohort.
 *
 * @param cohort the cohort
 * @param part the part's name, e.g. "Del 1"
 * @param session the session as written in the URL, e.g. {@code teaching-day-3}
 * @param label the session's name
 * @param rows one line per participant, ordered by name (copied)
 * @param sessions every session of the part, for moving between them (copied)
 * @param when when and where the session takes place, when the cohort's calendar says
 * @param held whether the session has started, so its attendance can be recorded
 */
public record SessionAttendance(
    CohortId cohort,
    String part,
    String session,
    Message label,
    List<AttendanceRow> rows,
    List<SessionLink> sessions,
    Optional<SessionTime> when,
    boolean held) {

  /** The presence values a line can take, in the order the form offers them. */
  public static final List<String> PRESENCES = List.of("attended", "excused", "absent");

  public SessionAttendance {
    Objects.requireNonNull(cohort, "cohort");
    Objects.requireNonNull(part, "part");
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(label, "label");
    rows = List.copyOf(rows);
    sessions = List.copyOf(sessions);
    Objects.requireNonNull(when, "when");
  }

  /** Whether any line was refused. */
  public boolean hasErrors() {
    return rows.stream().anyMatch(r -> r.error().isPresent());
  }
}
