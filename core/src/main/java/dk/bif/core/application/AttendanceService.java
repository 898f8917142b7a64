package dk.bif.core.application;

import dk.bif.core.attendance.AttendanceSheet;
import dk.bif.core.attendance.CohortCalendar;
import dk.bif.core.attendance.ExamEligibility;
import dk.bif.core.attendance.ExamEligibilityRule;
import dk.bif.core.attendance.Session;
import dk.bif.core.attendance.SessionNotHeldException;
import dk.bif.core.curriculum.Catalogue;
import dk.bif.core.curriculum.PartId;
import dk.bif.core.enrolment.CohortId;
import dk.bif.core.enrolment.Enrolment;
import dk.bif.core.exam.NotEnrolledException;
import dk.bif.core.people.EmployeeId;
import dk.bif.core.port.AttendanceRepository;
import dk.bif.core.port.CohortCalendarRepository;
import dk.bif.core.port.EnrolmentRepository;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Records attendance at teaching days and study-group sessions, and who may sit the exam. A session
 * the cohort's calendar places in the future cannot be marked yet ({@link
 * SessionNotHeldException}): who came is known only once it has started. A session without a date
 * in the calendar can be marked at any time.
 */
public final class AttendanceService {

  private final Catalogue catalogue;
  private final EnrolmentRepository enrolments;
  private final AttendanceRepository attendance;
  private final CohortCalendarRepository calendars;
  private final ExamEligibilityRule eligibility;
  private final Clock clock;

  /**
   * @param catalogue the programmes
   * @param enrolments where enrolments are stored
   * @param attendance where attendance is stored
   * @param calendars when the cohorts' sessions take place
   * @param eligibility who may sit the exam
   * @param clock the present moment, to tell a held session from one ahead
   */
  public AttendanceService(
      Catalogue catalogue,
      EnrolmentRepository enrolments,
      AttendanceRepository attendance,
      CohortCalendarRepository calendars,
      ExamEligibilityRule eligibility,
      Clock clock) {
    this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    this.enrolments = Objects.requireNonNull(enrolments, "enrolments");
    this.attendance = Objects.requireNonNull(attendance, "attendance");
    this.calendars = Objects.requireNonNull(calendars, "calendars");
    this.eligibility = Objects.requireNonNull(eligibility, "eligibility");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * @param cohort a cohort
   * @return its calendar, or empty when nothing is scheduled for it
   */
  public Optional<CohortCalendar> calendar(CohortId cohort) {
    return calendars.find(cohort);
  }

  /**
   * @param cohort a cohort
   * @param session a session of its part
   * @return whether the session has started by now (a session without a date counts as held), so
   *     that its attendance can be recorded
   */
  public boolean hasStarted(CohortId cohort, Session session) {
    return calendars.find(cohort).map(c -> c.hasStarted(session, clock.instant())).orElse(true);
  }

  /**
   * Stores a cohort's calendar, replacing the one it had.
   *
   * @param calendar the calendar
   */
  public void schedule(CohortCalendar calendar) {
    calendars.save(calendar);
  }

  /**
   * Records that a participant attended a session.
   *
   * @param employee the participant
   * @param part the part
   * @param session the session
   * @throws NotEnrolledException when the participant is not enrolled in the part
   * @throws IllegalArgumentException when the part has no such session
   * @throws SessionNotHeldException when the cohort's calendar has the session start later
   */
  public void recordAttendance(EmployeeId employee, PartId part, Session session) {
    update(employee, part, session, sheet -> sheet.recordAttendance(session));
  }

  /**
   * Records an excused absence.
   *
   * @param employee the participant
   * @param part the part
   * @param session the session
   * @param excuse why, never blank
   * @throws NotEnrolledException when the participant is not enrolled in the part
   * @throws SessionNotHeldException when the cohort's calendar has the session start later
   */
  public void excuseAbsence(EmployeeId employee, PartId part, Session session, String excuse) {
    update(employee, part, session, sheet -> sheet.excuseAbsence(session, excuse));
  }

  /**
   * Records an absence without excuse.
   *
   * @param employee the participant
   * @param part the part
   * @param session the session
   * @throws NotEnrolledException when the participant is not enrolled in the part
   * @throws SessionNotHeldException when the cohort's calendar has the session start later
   */
  public void recordAbsence(EmployeeId employee, PartId part, Session session) {
    update(employee, part, session, sheet -> sheet.recordAbsence(session));
  }

  /**
   * @param employee the participant
   * @param part the part
   * @return whether the participant may sit the part's exam, and why
   * @throws NotEnrolledException when the participant is not enrolled in the part
   */
  public ExamEligibility examEligibility(EmployeeId employee, PartId part) {
    return eligibility.assess(sheet(EnrolmentLookup.require(enrolments, employee, part)));
  }

  private void update(
      EmployeeId employee, PartId part, Session session, Consumer<AttendanceSheet> change) {
    Enrolment enrolment = EnrolmentLookup.require(enrolments, employee, part);
    Optional<CohortCalendar> calendar = calendars.find(enrolment.cohort());
    if (calendar.isPresent() && !calendar.get().hasStarted(session, clock.instant())) {
      throw new SessionNotHeldException(
          session, calendar.get().startOf(calendar.get().find(session).orElseThrow()));
    }
    AttendanceSheet sheet = sheet(enrolment);
    change.accept(sheet);
    attendance.save(sheet);
  }

  private AttendanceSheet sheet(Enrolment enrolment) {
    return attendance
        .find(enrolment.employee(), enrolment.cohort())
        .orElseGet(
            () ->
                new AttendanceSheet(
                    enrolment.employee(),
                    enrolment.cohort(),
                    catalogue.requirePart(enrolment.part())));
  }
}
