package dk.bif.tool.pages.teacher;

import dk.bif.core.application.AttendanceService;
import dk.bif.core.attendance.AttendanceSheet;
import dk.bif.core.attendance.CohortCalendar;
import dk.bif.core.attendance.Presence;
import dk.bif.core.attendance.Session;
import dk.bif.core.attendance.SessionNotHeldException;
import dk.bif.core.curriculum.Catalogue;
import dk.bif.core.curriculum.Part;
import dk.bif.core.enrolment.CohortId;
import dk.bif.core.enrolment.Enrolment;
import dk.bif.core.exam.NotEnrolledException;
import dk.bif.core.people.Employee;
import dk.bif.core.people.EmployeeId;
import dk.bif.core.port.AttendanceRepository;
import dk.bif.core.port.EmployeeRepository;
import dk.bif.core.port.EnrolmentRepository;
import dk.bif.tool.pages.SessionTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a teacher reads and records about attendance in the one cohort of their launch: the sessions
 * the part schedules, when they take place, a session's attendance sheet and the recording of it.
 *
 * <p>Attendance is recorded through the core's {@link AttendanceService}, so its rules hold: only
 * for scheduled sessions of an enrolled participant, and only once a session has been held ({@link
 * #held}). A submitted form is applied line by line: a line the rules refuse is reported with its
 * reason and the others are saved. A form naming a participant outside the cohort is refused whole,
 * before anything is saved ({@link OtherCohortException}).
 *
 * <p>Thread-safe when the ports and the service are.
 */
public final class AttendanceDesk {

  /** Field-name prefix of a participant's presence in the attendance form. */
  public static final String PRESENCE = "presence-";

  /** Field-name prefix of a participant's excuse in the attendance form. */
  public static final String EXCUSE = "excuse-";

  private final CohortParticipants participants;
  private final AttendanceRepository attendance;
  private final AttendanceService attendanceService;

  /**
   * @param catalogue the parts
   * @param employees the staff register (names)
   * @param enrolments who is in which cohort
   * @param attendance the attendance sheets (read)
   * @param attendanceService records attendance, knows the calendar and decides exam eligibility
   */
  public AttendanceDesk(
      Catalogue catalogue,
      EmployeeRepository employees,
      EnrolmentRepository enrolments,
      AttendanceRepository attendance,
      AttendanceService attendanceService) {
    this.participants = new CohortParticipants(catalogue, employees, enrolments);
    this.attendance = Objects.requireNonNull(attendance, "attendance");
    this.attendanceService = Objects.requireNonNull(attendanceService, "attendanceService");
  }

  /** Who is in the cohort: shared with the other desks built on this one. */
  CohortParticipants participants() {
    return participants;
  }

  /**
   * @param cohort a cohort
   * @return when and where its sessions and exam take place, or empty when nothing is scheduled
   */
  public Optional<CohortCalendar> calendar(CohortId cohort) {
    return attendanceService.calendar(Objects.requireNonNull(cohort, "cohort"));
  }

  /**
   * @param cohort a cohort
   * @param session one of its sessions
   * @return whether the session has started (or has no date), so attendance can be recorded
   */
  public boolean held(CohortId cohort, Session session) {
    return attendanceService.hasStarted(cohort, session);
  }

  /**
   * @param part a part
   * @param key a session as written in a URL, e.g. {@code teaching-day-3}
   * @return the session, when the part schedules it
   */
  public Optional<Session> session(Part part, String key) {
    Objects.requireNonNull(part, "part");
    return SessionKeys.parse(key).filter(s -> schedule(part).contains(s));
  }

  /**
   * The attendance form of one session.
   *
   * @param cohort the cohort
   * @param part its part
   * @param session a session the part schedules
   * @param submitted the form as last submitted, to show refused lines; {@link FormOutcome#none()}
   *     otherwise
   * @return the view
   */
  public SessionAttendance attendance(
      CohortId cohort, Part part, Session session, FormOutcome submitted) {
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(submitted, "submitted");
    Map<EmployeeId, Optional<Employee>> people = participants.people(cohort);
    Map<EmployeeId, AttendanceSheet> sheets = sheets(cohort);
    List<AttendanceRow> rows = new ArrayList<>();
    for (Enrolment e : participants.enrolled(cohort, people)) {
      EmployeeId id = e.employee();
      Optional<Presence> now =
          Optional.ofNullable(sheets.get(id)).flatMap(sheet -> sheet.presence(session));
      Optional<Message> error = Optional.ofNullable(submitted.errors().get(id));
      String chosen =
          error.isPresent()
              ? submitted.form().getOrDefault(PRESENCE + id.value(), "")
              : now.map(p -> presenceValue(p.kind())).orElse("");
      String excuse =
          error.isPresent()
              ? submitted.form().getOrDefault(EXCUSE + id.value(), "")
              : now.map(Presence::note).orElse("");
      rows.add(new AttendanceRow(id, CohortParticipants.name(id, people), chosen, excuse, error));
    }
    return new SessionAttendance(
        cohort,
        part.name(),
        SessionKeys.of(session),
        SessionKeys.label(session),
        rows,
        sessionLinks(cohort, part, rows.size()),
        when(calendar(cohort), session),
        held(cohort, session));
  }

  /**
   * Records a session's attendance form: for each participant {@code presence-<id>} is {@code
   * attended}, {@code excused} (with {@code excuse-<id>}) or {@code absent}; an empty or missing
   * value leaves the participant's record as it is.
   *
   * @param cohort the teacher's cohort
   * @param part its part
   * @param session the session
   * @param form the submitted fields
   * @return what was saved and what was refused
   * @throws OtherCohortException when a field names a participant outside the cohort; nothing is
   *     saved then
   */
  public FormOutcome recordAttendance(
      CohortId cohort, Part part, Session session, Map<String, String> form) {
    Objects.requireNonNull(session, "session");
    Map<EmployeeId, Optional<Employee>> people = participants.people(cohort);
    CohortParticipants.requireOwnParticipants(people.keySet(), form);
    int saved = 0;
    Map<EmployeeId, Message> errors = new LinkedHashMap<>();
    for (EmployeeId id : people.keySet()) {
      String value = form.getOrDefault(PRESENCE + id.value(), "").strip();
      if (value.isEmpty()) continue;
      String excuse = form.getOrDefault(EXCUSE + id.value(), "").strip();
      String name = CohortParticipants.name(id, people);
      try {
        switch (value) {
          case "attended" -> attendanceService.recordAttendance(id, part.id(), session);
          case "absent" -> attendanceService.recordAbsence(id, part.id(), session);
          case "excused" -> {
            if (excuse.isEmpty()) {
              errors.put(id, Message.of("teacher.attendance.excuseMissing", name));
              continue;
            }
            attendanceService.excuseAbsence(id, part.id(), session, excuse);
          }
          default -> {
            errors.put(id, Message.of("teacher.attendance.unknownValue", name, value));
            continue;
          }
        }
        saved++;
      } catch (NotEnrolledException e) {
        errors.put(id, Message.of("teacher.refusal.notEnrolled", name, part.name()));
      } catch (SessionNotHeldException e) {
        errors.put(id, Message.of("teacher.attendance.notHeldLine", name));
      }
    }
    return new FormOutcome(saved, errors, form);
  }

  /** Each session the part schedules, with how many of the cohort have a record for it. */
  List<SessionLink> sessionLinks(CohortId cohort, Part part, int participantCount) {
    Map<EmployeeId, AttendanceSheet> sheets = sheets(cohort);
    Set<EmployeeId> enrolled =
        participants.enrolments(cohort).stream()
            .map(Enrolment::employee)
            .collect(Collectors.toSet());
    Optional<CohortCalendar> calendar = calendar(cohort);
    return schedule(part).stream()
        .map(
            s ->
                new SessionLink(
                    SessionKeys.of(s),
                    SessionKeys.label(s),
                    (int)
                        sheets.entrySet().stream()
                            .filter(x -> enrolled.contains(x.getKey()))
                            .filter(x -> x.getValue().presence(s).isPresent())
                            .count(),
                    participantCount,
                    when(calendar, s)))
        .toList();
  }

  /** Whether the participant may sit the part's exam, by the core's attendance rule. */
  boolean eligible(EmployeeId participant, Part part) {
    return attendanceService.examEligibility(participant, part.id()).eligible();
  }

  /** The participant's sheet in their cohort, empty while nothing is recorded. */
  AttendanceSheet sheet(Enrolment e, Part part) {
    return attendance
        .find(e.employee(), e.cohort())
        .orElseGet(() -> new AttendanceSheet(e.employee(), e.cohort(), part));
  }

  /** Sessions attended or excused: what counts towards the exam. */
  static int present(AttendanceSheet sheet) {
    return sheet.sessionsWith(Presence.Kind.ATTENDED).size()
        + sheet.sessionsWith(Presence.Kind.EXCUSED).size();
  }

  private Optional<SessionTime> when(Optional<CohortCalendar> calendar, Session session) {
    return calendar.flatMap(c -> c.find(session).map(s -> SessionTime.of(c, s)));
  }

  private static List<Session> schedule(Part part) {
    List<Session> sessions = new ArrayList<>();
    for (int d = 1; d <= part.teachingDays(); d++) sessions.add(Session.teachingDay(d));
    for (int s = 1; s <= part.studyGroupSessions(); s++) sessions.add(Session.studyGroup(s));
    return sessions;
  }

  private Map<EmployeeId, AttendanceSheet> sheets(CohortId cohort) {
    return attendance.inCohort(cohort).stream()
        .collect(Collectors.toMap(AttendanceSheet::employee, Function.identity(), (a, b) -> b));
  }

  private static String presenceValue(Presence.Kind kind) {
    return switch (kind) {
      case ATTENDED -> "attended";
      case EXCUSED -> "excused";
      case ABSENT -> "absent";
    };
  }
}
