package dk.bif.core.port;

import static org.assertj.core.api.Assertions.assertThat;

import dk.bif.core.attendance.CohortCalendar;
import dk.bif.core.attendance.ScheduledExam;
import dk.bif.core.attendance.ScheduledSession;
import dk.bif.core.attendance.Session;
import dk.bif.core.curriculum.Catalogue;
import dk.bif.core.curriculum.PartId;
import dk.bif.core.enrolment.CohortId;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract every {@link CohortCalendarRepository} keeps. Extend it with a fresh repository. */
public abstract class AbstractCohortCalendarRepositoryContractTest {

  private static final LocalDateTime START = LocalDateTime.of(2027, 3, 1, 9, 0);
  private CohortCalendarRepository repository;

  /** A new, empty repository. */
  protected abstract CohortCalendarRepository newRepository();

  @BeforeEach
  void setUp() {
    repository = newRepository();
  }

  private static CohortCalendar calendar(String cohort) {
    return CohortCalendar.empty(
            CohortId.of(cohort),
            Catalogue.builtIn().requirePart(PartId.BIF_DEL_2),
            CohortCalendar.COPENHAGEN)
        .schedule(
            new ScheduledSession(
                Session.teachingDay(1), START, START.plusHours(6), "KP, Tagensvej 18; lokale 2"))
        .schedule(
            new ScheduledSession(
                Session.studyGroup(1), START.plusDays(2), START.plusDays(2).plusHours(2), "JC"))
        .scheduleExam(new ScheduledExam(START.plusDays(60), START.plusDays(60).plusHours(3), "KP"));
  }

  @Test
  void aSavedCalendarIsFoundWithItsSessionsPlacesAndExam() {
    repository.save(calendar("h1"));

    CohortCalendar found = repository.find(CohortId.of("h1")).orElseThrow();
    assertThat(found.part().id()).isEqualTo(PartId.BIF_DEL_2);
    assertThat(found.zone()).isEqualTo(CohortCalendar.COPENHAGEN);
    assertThat(found.sessions()).isEqualTo(calendar("h1").sessions());
    assertThat(found.exam()).isEqualTo(calendar("h1").exam());
  }

  @Test
  void aLaterCalendarReplacesTheCohortsEarlierOne() {
    repository.save(calendar("h1"));
    CohortCalendar moved =
        calendar("h1")
            .schedule(
                new ScheduledSession(
                    Session.teachingDay(1),
                    START.plusDays(1),
                    START.plusDays(1).plusHours(6),
                    "X"));

    repository.save(moved);

    assertThat(repository.find(CohortId.of("h1")).orElseThrow().find(Session.teachingDay(1)))
        .map(ScheduledSession::place)
        .contains("X");
  }

  @Test
  void anUnknownCohortHasNoCalendar() {
    repository.save(calendar("h1"));
    assertThat(repository.find(CohortId.of("h2"))).isEmpty();
  }
}
