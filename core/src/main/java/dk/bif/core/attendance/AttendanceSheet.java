package dk.bif.core.attendance;

import dk.bif.core.curriculum.Part;
import dk.bif.core.enrolment.CohortId;
import dk.bif.core.people.EmployeeId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One participant's attendance in one cohort of a part.
 *
 * <p>Life cycle: opened empty when the participant is enrolled; each scheduled session is then
 * {@linkplain #recordAttendance attended}, {@linkplain #excuseAbsence excused} or {@linkplain
 * #recordAbsence missed}; a later record for the same session replaces the earlier one (an absence
 * can be excused afterwards). Not thread-safe.
 */
public final class AttendanceSheet {

  private final EmployeeId employee;
  private final CohortId cohort;
  private final Part part;
  private final Map<Session, Presence> marks = new LinkedHashMap<>();

  /**
   * @param employee the participant
   * @param cohort the cohort attended
   * @param part the part the cohort takes
   */
  public AttendanceSheet(EmployeeId employee, CohortId cohort, Part part) {
    this.employee = Objects.requireNonNull(employee, "employee");
    this.cohort = Objects.requireNonNull(cohort, "cohort");
    this.part = Objects.requireNonNull(part, "part");
  }

  /**
   * Records that the participant attended a session.
   *
   * @param session the session
   * @throws IllegalArgumentException when the part has no such session
   */
  public void recordAttendance(Session session) {
    mark(session, new Presence(Presence.Kind.ATTENDED, ""));
  }

  /**
   * Records an excused absence.
   *
   * @param session the session
   * @param excuse why, never blank
   * @throws IllegalArgumentException when the part has no such session or the excuse is blank
   */
  public void excuseAbsence(Session session, String excuse) {
    mark(session, new Presence(Presence.Kind.EXCUSED, Objects.requireNonNull(excuse, "excuse")));
  }

  /**
   * Records an absence without excuse.
   *
   * @param session the session
   * @throws IllegalArgumentException when the part has no such session
   */
  public void recordAbsence(Session session) {
    mark(session, new Presence(Presence.Kind.ABSENT, ""));
  }

  private void mark(Session session, Presence presence) {
    Objects.requireNonNull(session, "session");
    int scheduled = scheduled(session.kind());
    if (session.number() > scheduled) {
      throw new IllegalArgumentException(
          part.name() + " has " + scheduled + " " + label(session.kind()) + ", not " + session);
    }
    marks.put(session, presence);
  }

  private int scheduled(SessionKind kind) {
    return kind == SessionKind.TEACHING_DAY ? part.teachingDays() : part.studyGroupSessions();
  }

  private static String label(SessionKind kind) {
    return kind == SessionKind.TEACHING_DAY ? "teaching days" : "study-group sessions";
  }

  /** Every scheduled session of the part, teaching days first. */
  public List<Session> scheduledSessions() {
    List<Session> sessions = new ArrayList<>();
    for (int d = 1; d <= part.teachingDays(); d++) {
      sessions.add(Session.teachingDay(d));
    }
    for (int s = 1; s <= part.studyGroupSessions(); s++) {
      sessions.add(Session.studyGroup(s));
    }
    return sessions;
  }

  /**
   * @param session a session
   * @return what was recorded for it, or empty when nothing was
   */
  public Optional<Presence> presence(Session session) {
    return Optional.ofNullable(marks.get(session));
  }

  /**
   * @param kind a kind of presence
   * @return the scheduled sessions with that presence recorded, in schedule order
   */
  public List<Session> sessionsWith(Presence.Kind kind) {
    return scheduledSessions().stream()
        .filter(s -> presence(s).map(p -> p.kind() == kind).orElse(false))
        .toList();
  }

  /** The scheduled sessions with nothing recorded yet, in schedule order. */
  public List<Session> unrecordedSessions() {
    return scheduledSessions().stream().filter(s -> !marks.containsKey(s)).toList();
  }

  /** The participant. */
  public EmployeeId employee() {
    return employee;
  }

  /** The cohort. */
  public CohortId cohort() {
    return cohort;
  }

  /** The part. */
  public Part part() {
    return part;
  }
}
