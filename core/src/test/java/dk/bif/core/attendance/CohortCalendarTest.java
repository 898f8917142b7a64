package dk.bif.core.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.bif.core.curriculum.Catalogue;
import dk.bif.core.curriculum.PartId;
import dk.bif.core.enrolment.CohortId;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class CohortCalendarTest {

  private static final LocalDateTime MONDAY = LocalDateTime.of(2027, 2, 1, 9, 0);

  private static CohortCalendar empty() {
    return CohortCalendar.empty(
        CohortId.of("del1-2027-02"),
        Catalogue.builtIn().requirePart(PartId.BIF_DEL_1),
        CohortCalendar.COPENHAGEN);
  }

  private static ScheduledSession day(int number, LocalDateTime starts) {
    return new ScheduledSession(
        Session.teachingDay(number), starts, starts.plusHours(6), "KP, Tagensvej 18");
  }

  @Test
  void theExamMayNotStartBeforeTheLastSessionEnds() {
    CohortCalendar calendar = empty().schedule(day(9, MONDAY.plusDays(30)));

    assertThatThrownBy(
            () ->
                calendar.scheduleExam(
                    new ScheduledExam(
                        MONDAY.plusDays(30).plusHours(2), MONDAY.plusDays(31), "KP, aula")))
        .isInstanceOfSatisfying(
            ScheduleConflictException.class,
            e -> assertThat(e.lastSession()).isEqualTo(Session.teachingDay(9)));
    assertThat(ScheduleConflictException.CODE).isEqualTo("EXAM_BEFORE_LAST_SESSION");
  }

  @Test
  void aSessionMayNotBeMovedAfterTheExam() {
    CohortCalendar calendar =
        empty()
            .scheduleExam(
                new ScheduledExam(MONDAY.plusDays(40), MONDAY.plusDays(40).plusHours(4), "KP"));

    assertThatThrownBy(() -> calendar.schedule(day(2, MONDAY.plusDays(41))))
        .isInstanceOf(ScheduleConflictException.class);
    assertThat(calendar.schedule(day(2, MONDAY.plusDays(39))).sessions()).hasSize(1);
  }

  @Test
  void aSessionThePartDoesNotHaveCannotBeScheduled() {
    assertThatThrownBy(() -> empty().schedule(day(10, MONDAY)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("teaching day 10");
  }

  @Test
  void sessionsComeEarliestFirstAndTheNextIsTheFirstNotEnded() {
    CohortCalendar calendar =
        empty()
            .schedule(day(2, MONDAY.plusDays(7)))
            .schedule(day(1, MONDAY))
            .schedule(
                new ScheduledSession(
                    Session.studyGroup(1),
                    MONDAY.plusDays(3),
                    MONDAY.plusDays(3).plusHours(2),
                    "JC Amager"));

    assertThat(calendar.sessions())
        .extracting(ScheduledSession::session)
        .containsExactly(Session.teachingDay(1), Session.studyGroup(1), Session.teachingDay(2));
    ZonedDateTime duringDayOne = MONDAY.plusHours(1).atZone(CohortCalendar.COPENHAGEN);
    assertThat(calendar.next(duringDayOne.toInstant()))
        .map(ScheduledSession::session)
        .contains(Session.teachingDay(1));
    assertThat(calendar.next(duringDayOne.plusDays(1).toInstant()))
        .map(ScheduledSession::session)
        .contains(Session.studyGroup(1));
  }

  @Test
  void aSessionHasStartedFromItsStartTimeInTheCalendarsZone() {
    CohortCalendar calendar = empty().schedule(day(1, MONDAY));
    ZonedDateTime start = MONDAY.atZone(CohortCalendar.COPENHAGEN);

    assertThat(calendar.hasStarted(Session.teachingDay(1), start.minusSeconds(1).toInstant()))
        .isFalse();
    assertThat(calendar.hasStarted(Session.teachingDay(1), start.toInstant())).isTrue();
    assertThat(calendar.hasStarted(Session.teachingDay(2), start.minusDays(9).toInstant()))
        .as("an unscheduled session is not known to lie ahead")
        .isTrue();
  }

  @Test
  void aSessionNeedsAPlaceAndAnEndAfterItsStart() {
    assertThatThrownBy(
            () -> new ScheduledSession(Session.teachingDay(1), MONDAY, MONDAY.plusHours(1), " "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ScheduledSession(Session.teachingDay(1), MONDAY, MONDAY, "KP"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
