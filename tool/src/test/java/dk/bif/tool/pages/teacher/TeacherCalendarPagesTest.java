package dk.bif.tool.pages.teacher;

import static org.assertj.core.api.Assertions.assertThat;

import dk.bif.core.attendance.CohortCalendar;
import dk.bif.core.attendance.ScheduledExam;
import dk.bif.core.attendance.ScheduledSession;
import dk.bif.core.attendance.Session;
import dk.bif.core.attendance.SessionNotHeldException;
import dk.bif.core.curriculum.PartId;
import dk.bif.core.enrolment.CohortId;
import dk.bif.core.enrolment.CohortPlanner;
import dk.bif.core.exam.AwardPolicy;
import dk.bif.core.exam.ExamAttemptPolicy;
import dk.bif.core.people.EmployeeId;
import dk.bif.core.people.Employees;
import dk.bif.lti.nrps.InMemoryRosterSnapshots;
import dk.bif.tool.pages.PagesFixture;
import dk.bif.tool.pages.PagesFixture.Visit;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The cohort calendar on the teacher's pages, over HTTP on loopback: teaching day 1 was yesterday,
 * teaching day 2 is next week, the exam follows the last session.
 */
class TeacherCalendarPagesTest {

  private static final EmployeeId ANN = EmployeeId.of("E101");
  private final InMemoryRosterSnapshots rosters = new InMemoryRosterSnapshots();
  private PagesFixture fixture;
  private CohortId hold;

  @BeforeEach
  void aCohortWithACalendar() throws Exception {
    fixture =
        PagesFixture.start(
            f ->
                List.of(
                    new TeacherPages(
                        TeacherDesks.of(
                            f.programme.catalogue,
                            f.programme.employees,
                            f.programme.enrolmentRepository,
                            f.programme.attendanceRepository,
                            f.programme.attendance,
                            f.programme.exams,
                            new ExamAttemptPolicy(),
                            new AwardPolicy(),
                            f.programme.gradeOutbox,
                            dk.bif.tool.grades.GradeDestinations.launchesOnly(f.gradeRoutes),
                            key -> f.programme.gradeOutbox.retry(key, java.time.Instant.now()),
                            rosters,
                            new CohortPlanner()),
                        f.programme.clock)));
    fixture.programme.employees.save(
        Employees.permanent("E101", "JC-Amager", PagesFixture.TODAY.minusMonths(1)));
    fixture.link("101", "E101");
    fixture.launch("101", "rl-exam");
    hold = fixture.programme.enrolmentRepository.find(ANN, PartId.BIF_DEL_1).orElseThrow().cohort();
    LocalDateTime nine = PagesFixture.TODAY.atTime(9, 0);
    fixture.programme.attendance.schedule(
        CohortCalendar.empty(
                hold,
                fixture.programme.catalogue.requirePart(PartId.BIF_DEL_1),
                CohortCalendar.COPENHAGEN)
            .schedule(
                new ScheduledSession(
                    Session.teachingDay(1),
                    nine.minusDays(1),
                    nine.minusDays(1).plusHours(6),
                    "KP, Tagensvej 18"))
            .schedule(
                new ScheduledSession(
                    Session.teachingDay(2),
                    nine.plusDays(7),
                    nine.plusDays(7).plusHours(6),
                    "KP, Tagensvej 18, lokale C.2.14"))
            .scheduleExam(
                new ScheduledExam(
                    nine.plusDays(60), nine.plusDays(60).plusHours(4), "KP, aulaen")));
  }

  @AfterEach
  void stop() throws Exception {
    fixture.close();
  }

  private Visit teacher() {
    return fixture.launch("201", "rl-overview");
  }

  @Test
  void theTeachersPageShowsEachSessionsTimeAndPlaceAndTheExam() {
    String body = teacher().page().body();

    assertThat(body)
        .contains("id=\"calendar-download\"")
        .contains("KP, Tagensvej 18, lokale C.2.14")
        .contains("id=\"exam-row\"")
        .contains("KP, aulaen");
  }

  @Test
  void attendanceForASessionThatHasNotBeenHeldIsRefusedWithItsReasonCode() {
    Visit home = teacher();
    Visit ahead = fixture.get(home, "/bif/teacher/attendance?session=teaching-day-2");
    assertThat(ahead.page().body())
        .contains("id=\"session-ahead\"")
        .doesNotContain("id=\"attendance-form\"");

    Visit refused =
        fixture.post(
            home,
            "/bif/teacher/attendance",
            Map.of(
                "cohort", hold.value(), "session", "teaching-day-2", "presence-E101", "attended"));

    assertThat(refused.page().status()).isEqualTo(422);
    assertThat(refused.page().body())
        .contains("sessionen er ikke holdt endnu")
        .contains(SessionNotHeldException.CODE);
    assertThat(
            fixture
                .programme
                .attendanceRepository
                .find(ANN, hold)
                .flatMap(s -> s.presence(Session.teachingDay(2))))
        .isEmpty();
  }

  @Test
  void attendanceForASessionThatWasHeldIsSaved() {
    Visit home = teacher();
    Visit saved =
        fixture.post(
            home,
            "/bif/teacher/attendance",
            Map.of(
                "cohort", hold.value(), "session", "teaching-day-1", "presence-E101", "attended"));

    assertThat(saved.page().status()).isEqualTo(200);
    assertThat(saved.page().body()).contains("id=\"session-when\"");
  }

  @Test
  void theCalendarDownloadsAsAnICalendarFile() {
    Visit file = fixture.get(teacher(), "/bif/teacher/calendar.ics");

    assertThat(file.page().status()).isEqualTo(200);
    assertThat(file.page().header("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/calendar"));
    assertThat(file.page().header("Content-Disposition"))
        .hasValueSatisfying(d -> assertThat(d).contains("bif-" + hold.value()));
    assertThat(file.page().body())
        .startsWith("BEGIN:VCALENDAR\r\n")
        .contains("SUMMARY:Undervisningsdag 2\\, BIF Del 1")
        .contains("LOCATION:KP\\, aulaen")
        .contains("SUMMARY:Eksamen\\, BIF Del 1");
  }
}
