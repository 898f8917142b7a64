package dk.bif.tool.pages.teacher;

import static org.assertj.core.api.Assertions.assertThat;

import dk.bif.core.attendance.Session;
import dk.bif.core.curriculum.Part;
import dk.bif.core.curriculum.PartId;
import dk.bif.core.enrolment.CohortPlanner;
import dk.bif.core.exam.AwardPolicy;
import dk.bif.core.exam.ExamAttemptPolicy;
import dk.bif.core.people.EmployeeId;
import dk.bif.core.people.Employees;
import dk.bif.lti.nrps.InMemoryRosterSnapshots;
import dk.bif.lti.testkit.BrowserResponse;
import dk.bif.lti.testkit.HtmlForm;
import dk.bif.lti.testkit.LtiBrowser;
import dk.bif.tool.bridge.BifRole;
import dk.bif.tool.pages.ActivityPages;
import dk.bif.tool.pages.Notice;
import dk.bif.tool.pages.PageResult;
import dk.bif.tool.pages.PageRoute;
import dk.bif.tool.pages.PageRoutes;
import dk.bif.tool.pages.PagesFixture;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Page sessions belong to their launch, over HTTP on loopback: a second launch in another tab of
 * the same browser does not take over the teacher's open page, a browser that refuses the tool's
 * cookies keeps its session in the page's links and forms (the launch itself through the platform's
 * storage), and a form whose session no longer holds is shown again with what was typed.
 */
class PageSessionPerLaunchTest {
  private static final EmployeeId ANN = EmployeeId.of("E101");

  private PagesFixture fixture;
  private String hold7;

  @BeforeEach
  void annHasLaunchedHerExam() throws Exception {
    fixture =
        PagesFixture.start(
            f -> List.of(new TeacherPages(desk(f)), participantArea()),
            platform -> platform.storageTarget("_parent"));
    fixture.programme.employees.save(
        Employees.permanent("E101", "JC-Amager", PagesFixture.TODAY.minusMonths(1)));
    fixture.link("101", "E101");
    LtiBrowser ann = annBrowser(new LtiBrowser());
    assertThat(ann.launch(fixture.lms(), "101", "rl-exam").status()).isEqualTo(200);
    hold7 =
        fixture
            .programme
            .enrolmentRepository
            .find(ANN, PartId.BIF_DEL_1)
            .orElseThrow()
            .cohort()
            .value();
    Part del1 = fixture.programme.catalogue.requirePart(PartId.BIF_DEL_1);
    for (int d = 1; d <= del1.teachingDays(); d++) {
      fixture.programme.attendance.recordAttendance(ANN, del1.id(), Session.teachingDay(d));
    }
    for (int s = 1; s <= del1.studyGroupSessions(); s++) {
      fixture.programme.attendance.recordAttendance(ANN, del1.id(), Session.studyGroup(s));
    }
  }

  private LtiBrowser annBrowser(LtiBrowser browser) {
    return browser.platformStorage(fixture.lms().storageFrame());
  }

  private static PageRoutes participantArea() {
    return () ->
        List.of(
            PageRoute.get(
                "/bif/participant",
                Set.of(BifRole.PARTICIPANT),
                r ->
                    PageResult.view(
                        "message.jte",
                        new Notice("Deltager " + r.session().displayName(), "ok", ""))));
  }

  private static TeacherDesks desk(PagesFixture f) {
    return TeacherDesks.of(
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
        new InMemoryRosterSnapshots(),
        new CohortPlanner());
  }

  @AfterEach
  void stop() throws Exception {
    fixture.close();
  }

  private static HtmlForm gradingForm(BrowserResponse page) {
    return page.forms().stream()
        .filter(f -> f.action().getPath().equals("/bif/teacher/grades"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no grading form on " + page.uri()));
  }

  @Test
  void aParticipantsLaunchInAnotherTabDoesNotTakeOverTheTeachersPage() {
    // given the teacher's page open in one tab
    LtiBrowser browser = annBrowser(new LtiBrowser());
    BrowserResponse teacherTab = browser.launch(fixture.lms(), "201", "rl-overview");
    assertThat(teacherTab.uri().getPath()).isEqualTo("/bif/teacher");

    // when a participant launches in another tab of the same browser (the cookie is now hers)
    BrowserResponse participantTab = browser.launch(fixture.lms(), "101", "rl-exam");
    assertThat(participantTab.uri().getPath()).isEqualTo("/bif/participant");
    BrowserResponse saved =
        browser.run(
            browser.submit(
                teacherTab, gradingForm(teacherTab).with("cohort", hold7).with("grade-E101", "7")));

    // then the teacher's save is the teacher's, and the participant's tab is still hers
    assertThat(saved.status()).isEqualTo(200);
    assertThat(saved.uri().getPath()).isEqualTo("/bif/teacher");
    assertThat(saved.body()).contains("Resultaterne er gemt").doesNotContain("ROLE_DENIED");
    BrowserResponse again = browser.run(browser.open(participantTab.uri()));
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.body()).contains("Deltager Ann Hansen");
  }

  @Test
  void aBrowserRefusingTheToolsCookiesKeepsTheTeachersSessionInThePage() {
    // given a browser that refuses the tool's cookies inside the LMS frame
    LtiBrowser browser = annBrowser(new LtiBrowser().portsAreSites(true).blockThirdPartyCookies());

    // when the teacher launches and saves a grade
    BrowserResponse page = browser.launch(fixture.lms(), "201", "rl-overview");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.uri().getPath()).isEqualTo("/bif/teacher");
    BrowserResponse saved =
        browser.run(
            browser.submit(page, gradingForm(page).with("cohort", hold7).with("grade-E101", "7")));

    // then
    assertThat(browser.cookies()).noneMatch(c -> c.name().equals(ActivityPages.SESSION_COOKIE));
    assertThat(saved.status()).isEqualTo(200);
    assertThat(saved.body()).contains("Resultaterne er gemt");
    BrowserResponse participant =
        annBrowser(new LtiBrowser().portsAreSites(true).blockThirdPartyCookies())
            .launch(fixture.lms(), "101", "rl-exam");
    assertThat(participant.status()).isEqualTo(200);
    assertThat(participant.body()).contains("Deltager Ann Hansen");
  }

  @Test
  void aFormWhoseSessionNoLongerHoldsIsShownAgainWithWhatWasTyped() {
    // given the teacher's page, without cookies, left open past its page token
    LtiBrowser browser = annBrowser(new LtiBrowser().portsAreSites(true).blockThirdPartyCookies());
    BrowserResponse page = browser.launch(fixture.lms(), "201", "rl-overview");
    fixture.programme.clock.advance(Duration.ofMinutes(31));

    // when the form is posted
    BrowserResponse lost =
        browser.run(
            browser.submit(page, gradingForm(page).with("cohort", hold7).with("grade-E101", "7")));

    // then it comes back with what was typed, and no way to post it without a session
    assertThat(lost.status()).isEqualTo(409);
    assertThat(lost.body())
        .contains("<code class=\"reason\">SESSION_LOST</code>")
        .contains("<dt>grade-E101</dt><dd>7</dd>")
        .doesNotContain("id=\"continue\"");
  }

  @Test
  void aFormOfAReplacedSessionCanBePostedAgainWithTheSameTeachersNewerSession() {
    // given the teacher's page open past its page token, and the teacher launched again since
    LtiBrowser browser = annBrowser(new LtiBrowser());
    BrowserResponse old = browser.launch(fixture.lms(), "201", "rl-overview");
    fixture.programme.clock.advance(Duration.ofMinutes(31));
    browser.launch(fixture.lms(), "201", "rl-overview");

    // when the old page's form is posted
    BrowserResponse lost =
        browser.run(
            browser.submit(old, gradingForm(old).with("cohort", hold7).with("grade-E101", "7")));

    // then it is shown again with a button that posts it with the newer session
    assertThat(lost.status()).isEqualTo(409);
    HtmlForm again =
        lost.forms().stream()
            .filter(f -> f.field("grade-E101").isPresent())
            .findFirst()
            .orElseThrow();
    BrowserResponse saved = browser.run(browser.submit(lost, again));
    assertThat(saved.status()).isEqualTo(200);
    assertThat(saved.body()).contains("Resultaterne er gemt");
  }
}
