package dk.bif.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.bif.core.attendance.CohortCalendar;
import dk.bif.core.attendance.Presence;
import dk.bif.core.attendance.ScheduledSession;
import dk.bif.core.attendance.Session;
import dk.bif.core.attendance.SessionNotHeldException;
import dk.bif.core.curriculum.PartId;
import dk.bif.core.enrolment.CohortId;
import dk.bif.core.people.EmployeeId;
import dk.bif.core.people.Employees;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Attendance is recorded only for sessions that have been held. */
class AttendanceTimingTest {

  private static final LocalDate TODAY = LocalDate.of(2027, 2, 1);
  private static final CohortId COHORT = CohortId.of("del1-2027-02");
  private final InMemoryProgramme bif = new InMemoryProgramme(TODAY);
  private final EmployeeId anna = EmployeeId.of("anna");

  @BeforeEach
  void enrolAndSchedule() {
    bif.employees.save(Employees.permanent("anna", "JC-Amager", TODAY.minusMonths(1)));
    bif.enrolment.enrol(anna, PartId.BIF_DEL_1, COHORT, TODAY);
    LocalDateTime morning = TODAY.atTime(9, 0);
    bif.attendance.schedule(
        CohortCalendar.empty(
                COHORT, bif.catalogue.requirePart(PartId.BIF_DEL_1), CohortCalendar.COPENHAGEN)
            .schedule(
                new ScheduledSession(
                    Session.teachingDay(1),
                    morning.minusDays(1),
                    morning.minusDays(1).plusHours(6),
                    "KP"))
            .schedule(
                new ScheduledSession(
                    Session.teachingDay(2),
                    morning.plusDays(7),
                    morning.plusDays(7).plusHours(6),
                    "KP")));
  }

  @Test
  void attendanceForASessionThatHasNotBeenHeldIsRefused() {
    assertThatThrownBy(
            () -> bif.attendance.recordAttendance(anna, PartId.BIF_DEL_1, Session.teachingDay(2)))
        .isInstanceOfSatisfying(
            SessionNotHeldException.class,
            e -> {
              assertThat(e.session()).isEqualTo(Session.teachingDay(2));
              assertThat(e.starts().toLocalDate()).isEqualTo(TODAY.plusDays(7));
            });
    assertThat(SessionNotHeldException.CODE).isEqualTo("SESSION_NOT_HELD");
    assertThat(
            bif.attendanceRepository
                .find(anna, COHORT)
                .flatMap(s -> s.presence(Session.teachingDay(2))))
        .isEmpty();
  }

  @Test
  void noAbsenceOrExcuseIsRecordedAheadEither() {
    assertThatThrownBy(
            () -> bif.attendance.recordAbsence(anna, PartId.BIF_DEL_1, Session.teachingDay(2)))
        .isInstanceOf(SessionNotHeldException.class);
    assertThatThrownBy(
            () ->
                bif.attendance.excuseAbsence(
                    anna, PartId.BIF_DEL_1, Session.teachingDay(2), "ferie"))
        .isInstanceOf(SessionNotHeldException.class);
  }

  @Test
  void attendanceForAHeldOrUnscheduledSessionIsRecorded() {
    bif.attendance.recordAttendance(anna, PartId.BIF_DEL_1, Session.teachingDay(1));
    bif.attendance.recordAttendance(anna, PartId.BIF_DEL_1, Session.studyGroup(1));

    assertThat(
            bif.attendanceRepository
                .find(anna, COHORT)
                .orElseThrow()
                .sessionsWith(Presence.Kind.ATTENDED))
        .containsExactly(Session.teachingDay(1), Session.studyGroup(1));
  }

  @Test
  void onceTheSessionHasStartedItsAttendanceIsRecorded() {
    bif.clock.set(TODAY.plusDays(7));

    bif.attendance.recordAttendance(anna, PartId.BIF_DEL_1, Session.teachingDay(2));

    assertThat(
            bif.attendanceRepository
                .find(anna, COHORT)
                .orElseThrow()
                .presence(Session.teachingDay(2)))
        .isPresent();
  }
}
