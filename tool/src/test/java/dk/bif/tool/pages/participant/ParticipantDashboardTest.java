package dk.bif.tool.pages.participant;

import static dk.bif.tool.pages.participant.PageProgramme.ANNE;
import static org.assertj.core.api.Assertions.assertThat;

import dk.bif.core.attendance.CohortCalendar;
import dk.bif.core.attendance.ScheduledExam;
import dk.bif.core.attendance.ScheduledSession;
import dk.bif.core.attendance.Session;
import dk.bif.core.curriculum.PartId;
import dk.bif.core.enrolment.CohortId;
import dk.bif.tool.pages.PagesFixture;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The participant's dashboard over HTTP on loopback: one answer per state, the next session. */
class ParticipantDashboardTest {

  static final LocalDate HIRED = PagesFixture.TODAY.minusMonths(2);
  static final LocalDate STARTS = PagesFixture.TODAY.minusDays(30);

  private PagesFixture fixture;
  private PageProgramme world;

  @BeforeEach
  void start() throws Exception {
    fixture =
        PagesFixture.start(
            f -> {
              world = new PageProgramme(f.programme, HIRED, STARTS);
              return List.of(new ParticipantPages(world.participant, f.programme.clock));
            });
    PageProgramme.linkStaff(fixture);
    world.enrolInDel1(ANNE);
  }

  @AfterEach
  void stop() throws Exception {
    fixture.close();
  }

  private void schedule() {
    LocalDateTime nine = PagesFixture.TODAY.atTime(9, 0);
    world.bif.attendance.schedule(
        CohortCalendar.empty(
                CohortId.of("del1-h1"),
                world.bif.catalogue.requirePart(PartId.BIF_DEL_1),
                CohortCalendar.COPENHAGEN)
            .schedule(
                new ScheduledSession(
                    Session.teachingDay(1),
                    nine.minusDays(30),
                    nine.minusDays(30).plusHours(6),
                    "KP"))
            .schedule(
                new ScheduledSession(
                    Session.studyGroup(2),
                    nine.plusDays(3),
                    nine.plusDays(3).plusHours(2),
                    "Jobcenter Amager, mødelokale 4"))
            .scheduleExam(
                new ScheduledExam(
                    nine.plusDays(40), nine.plusDays(40).plusHours(4), "KP, aulaen")));
  }

  @Test
  void afterAPassThePageSaysPassedAndNeverThatTheExamCanBeSat() {
    world.attendAllOfDel1(ANNE);
    world.bif.exams.grade(ANNE, PartId.BIF_DEL_1, "7");

    String body = fixture.launch("101", "rl-overview").page().body();

    assertThat(PageProgramme.textOf(body, "participant-status")).isEqualTo("Bestået");
    assertThat(PageProgramme.textOf(body, "next-step-text")).startsWith("Du har bestået");
    assertThat(body).doesNotContain("Du kan gå til eksamen").doesNotContain("kan gå til eksamen");
  }

  @Test
  void beforeThePassTheNextStepIsTheExamOnceEverySessionIsAttended() {
    world.attendAllOfDel1(ANNE);

    String body = fixture.launch("101", "rl-overview").page().body();

    assertThat(PageProgramme.textOf(body, "next-step-text")).contains("kan gå til eksamen");
  }

  @Test
  void theDashboardShowsTheNextSessionWithItsPlaceAndTheExam() {
    schedule();

    String body = fixture.launch("101", "rl-overview").page().body();

    String next = body.substring(body.indexOf("id=\"next-session\""));
    assertThat(next.substring(0, next.indexOf("</article>")))
        .contains("Studiegruppemøde 2")
        .contains("Jobcenter Amager, mødelokale 4");
    assertThat(body).contains("id=\"exam-date\"").contains("KP, aulaen");
    assertThat(body).contains("href=\"/bif/participant/calendar.ics");
  }

  @Test
  void theParticipantDownloadsTheirCohortsCalendar() {
    schedule();

    var file = fixture.get(fixture.launch("101", "rl-overview"), ParticipantPages.CALENDAR);

    assertThat(file.page().status()).isEqualTo(200);
    assertThat(file.page().header("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/calendar"));
    assertThat(file.page().body())
        .contains("SUMMARY:Studiegruppemøde 2\\, BIF Del 1")
        .contains("LOCATION:Jobcenter Amager\\, mødelokale 4");
  }

  @Test
  void withoutACalendarTheDownloadIsANotFoundPageNotAnEmptyFile() {
    var file = fixture.get(fixture.launch("101", "rl-overview"), ParticipantPages.CALENDAR);

    assertThat(file.page().status()).isEqualTo(404);
    assertThat(file.page().body()).contains("ingen kalender");
  }

  @Test
  void theSelfAssessmentActivityOpensItsOwnPage() {
    var visit = fixture.launch("101", "rl-self");

    assertThat(visit.page().uri().getPath()).isEqualTo(ParticipantPages.SELF_ASSESSMENT);
    assertThat(visit.page().body())
        .contains("id=\"self-assessment-form\"")
        .doesNotContain("id=\"next-step\"");
  }
}
