package dk.bif.examples.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dk.bif.core.attendance.Session;
import dk.bif.core.curriculum.PartId;
import dk.bif.core.people.EmployeeId;
import dk.bif.examples.demo.DemoServer;
import dk.bif.examples.demo.DemoSettings;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chromium.ChromiumDriver;

/**
 * Every page of the tool in the demo LMS's frame, at the sizes WCAG 1.4.10 names: a 1366 px laptop
 * screen, the same screen at 200 % zoom (683 CSS px at a device pixel ratio of 2) and a 320 CSS px
 * phone. On each, the frame's document must not scroll sideways ({@code scrollWidth <=
 * clientWidth}), axe-core must find no WCAG A/AA violation, and a screenshot is saved as {@code
 * target/screenshots/pages-<page>-<size>.png}.
 */
class PagesFitTheFrameBrowserTest {

  @RegisterExtension static final Browser browser = new Browser();

  static final String DEL1 = "bif-del-1-demo";
  static final String DEL2 = "bif-del-2-demo";
  static final String TEACHER = "3001";
  static final String PARTICIPANT = "1001";
  static final String ENGLISH_PARTICIPANT = "1009";
  static final String LEADER = "2001";

  /** A size of the browser's viewport in CSS pixels and its device pixel ratio. */
  record Size(String name, int width, int height, double ratio) {}

  static final List<Size> SIZES =
      List.of(
          new Size("1366", 1366, 768, 1),
          new Size("zoom200", 683, 384, 2),
          new Size("320", 320, 640, 1));

  @TempDir Path data;
  DemoServer demo;

  @BeforeEach
  void startDemo() {
    demo = DemoServer.start(DemoSettings.ephemeral(data));
  }

  @AfterEach
  void stopDemo() {
    try {
      resize(new Size("reset", 1280, 900, 1));
    } catch (IllegalStateException notStarted) {
      // the browser was not started: the test was skipped
    }
    if (demo != null) {
      demo.close();
    }
  }

  @Test
  void everyPageReflowsWithoutSidewaysScrollingAndPassesAxeAtEverySize() {
    List<String> wide = new ArrayList<>();
    // the participant: dashboard and the self-assessment's own page
    wide.addAll(checkEverySize("participant-dashboard", open(DEL1, PARTICIPANT, "rl-d1-course")));
    wide.addAll(checkEverySize("participant-self", open(DEL1, PARTICIPANT, "rl-d1-self")));
    // an English participant of the Del 2 cohort, whose part is open for learning goals
    URI english = open(DEL2, ENGLISH_PARTICIPANT, "rl-d2-course");
    wide.addAll(checkEverySize("participant-english", english));
    inTool(english, () -> assertThat(browser.waitForId("goals-form").isDisplayed()).isTrue());
    // the teacher: the cohort with its calendar and grading, a held session, a session ahead
    URI teacher = open(DEL1, TEACHER, "rl-d1-course");
    wide.addAll(checkEverySize("teacher-cohort", teacher));
    wide.addAll(
        checkEverySize(
            "teacher-attendance", teacher, "/bif/teacher/attendance?session=teaching-day-1"));
    URI teacherDel2 = open(DEL2, TEACHER, "rl-d2-course");
    wide.addAll(
        checkEverySize(
            "teacher-session-ahead",
            teacherDel2,
            "/bif/teacher/attendance?session=teaching-day-1"));
    // the leader: overdue deadlines marked
    URI leader = open(DEL1, LEADER, "rl-d1-course");
    wide.addAll(checkEverySize("leader-home", leader));
    // an error page in the page's style: a participant asking for the teacher's page
    wide.addAll(
        checkEverySize("error-role", open(DEL1, PARTICIPANT, "rl-d1-course"), "/bif/teacher"));

    assertThat(wide).as("pages wider than their frame").isEmpty();
  }

  @Test
  void theLeaderSeesAnOverdueDeadlineMarkedAsSuch() {
    inTool(
        open(DEL1, LEADER, "rl-d1-course"),
        () -> {
          browser.waitForId("leader-employees");
          assertThat(
                  browser
                      .driver()
                      .findElements(By.cssSelector("td[data-state='overdue'] .status-overdue")))
              .as("Rasmus Kjær's Del 1 is overdue")
              .isNotEmpty();
        });
  }

  @Test
  void attendanceForASessionAheadIsNotOfferedAndTheCalendarSaysWhen() {
    inTool(
        open(DEL2, TEACHER, "rl-d2-course"),
        () -> {
          browser.waitForId("calendar-download");
          navigate("/bif/teacher/attendance?session=teaching-day-1");
          assertThat(browser.waitForId("session-ahead").getText()).contains("KP, Tagensvej 18");
          assertThat(browser.driver().findElements(By.id("attendance-form"))).isEmpty();
        });
    assertThat(
            demo.programme()
                .stores()
                .attendance()
                .find(EmployeeId.of("BIF-1007"), dk.bif.core.enrolment.CohortId.of("DEMO-D2-H1"))
                .flatMap(s -> s.presence(Session.teachingDay(1))))
        .isEmpty();
  }

  @Test
  void theDeepLinkingPickerSentWithoutAChoiceComesBackWithTheMessage() {
    browser.open(URI.create(demo.courseUri(DEL1, TEACHER) + "&add=1"));
    browser.switchToFrame("tool-frame");
    try {
      browser.waitForId("picker-submit");
      assertThat(
              browser
                  .driver()
                  .findElements(By.cssSelector("#picker-others input[value='bif-del-2/exam']")))
          .as("the Del 2 exam is offered only on request in the Del 1 course")
          .hasSize(1);
      assertThat(browser.waitFor(By.cssSelector("#picker-others")).getAttribute("open")).isNull();
      browser.waitForId("picker-submit").click();
      assertThat(browser.waitForId("errors").getText()).contains("Vælg en aktivitet");
      assertThat(browser.waitForId("picker-submit").isDisplayed()).isTrue();
      assertThat(
              browser
                  .driver()
                  .findElements(By.cssSelector("#picker-others input[value='bif-del-2/exam']")))
          .as("shown again, the picker still keeps the other part's exam aside")
          .hasSize(1);
    } finally {
      browser.switchToTop();
    }
    browser.check("pages-picker-nothing-chosen");
  }

  @Test
  void theGradebookShowsTheDanishGradeAndTimesWithTheirZone() {
    var attendance = demo.programme().attendance();
    EmployeeId ann = EmployeeId.of("BIF-" + PARTICIPANT);
    for (int d = 1; d <= 9; d++)
      attendance.recordAttendance(ann, PartId.BIF_DEL_1, Session.teachingDay(d));
    for (int g = 1; g <= 5; g++)
      attendance.recordAttendance(ann, PartId.BIF_DEL_1, Session.studyGroup(g));
    demo.lms()
        .addLink(
            dk.bif.lti.testkit.ResourceLink.of("rl-d1-exam", DEL1, "Eksamen, BIF Del 1")
                .withCustom(dk.bif.tool.bridge.LaunchBridge.ACTIVITY_PARAMETER, "bif-del-1/exam"));
    demo.lms()
        .gradebook()
        .createLineItem(
            DEL1,
            "Eksamen, BIF Del 1",
            6,
            java.util.Optional.of("rl-d1-exam"),
            java.util.Optional.of("bif-del-1/exam"),
            java.util.Optional.of("bif-exam"));
    // the participant's launch of the exam gives the grade its route to the gradebook
    inTool(open(DEL1, PARTICIPANT, "rl-d1-exam"), () -> browser.waitForId("participant-status"));
    inTool(
        open(DEL1, TEACHER, "rl-d1-course"),
        () -> {
          new org.openqa.selenium.support.ui.Select(browser.waitForId("grade-" + ann.value()))
              .selectByValue("10");
          browser.waitForId("save-grades").click();
          browser.waitFor(By.cssSelector("#notice p"));
        });
    browser.open(demo.gradebookUri(DEL1, TEACHER));
    browser.reloadUntilText("Karakter 10");
    String row = browser.waitFor(By.cssSelector("tr[id$='-" + PARTICIPANT + "']")).getText();
    assertThat(row)
        .contains("10")
        .contains("5 / 6")
        .containsPattern("\\d{2}:\\d{2}:\\d{2} CET|CEST");
    assertThat(browser.waitFor(By.cssSelector("tr[id$='-" + PARTICIPANT + "'] td.grade")).getText())
        .isEqualTo("10");
    browser.check("pages-lms-gradebook");
  }

  /** The course page with the activity open in its frame. */
  private URI open(String course, String sub, String link) {
    return URI.create(demo.courseUri(course, sub) + "&open=" + link);
  }

  /** Checks a page at every size; returns a line per size at which it was wider than its frame. */
  private List<String> checkEverySize(String page, URI lmsPage) {
    return checkEverySize(page, lmsPage, null);
  }

  private List<String> checkEverySize(String page, URI lmsPage, String toolPath) {
    List<String> wide = new ArrayList<>();
    browser.open(lmsPage);
    browser.switchToFrame("tool-frame");
    try {
      browser.waitFor(By.id("main"));
      if (toolPath != null) navigate(toolPath);
    } finally {
      browser.switchToTop();
    }
    for (Size size : SIZES) {
      resize(size);
      browser.switchToFrame("tool-frame");
      try {
        long scroll = number("return document.documentElement.scrollWidth;");
        long client = number("return document.documentElement.clientWidth;");
        if (scroll > client) {
          wide.add(page + " at " + size.name() + ": " + scroll + " > " + client + " CSS px");
        }
      } finally {
        browser.switchToTop();
      }
      ((JavascriptExecutor) browser.driver())
          .executeScript("document.getElementById('tool-frame').scrollIntoView();");
      browser.check("pages-" + page + "-" + size.name());
      browser.switchToFrame("tool-frame");
      try {
        if (!browser.driver().findElements(By.id("grading-form")).isEmpty()) {
          ((JavascriptExecutor) browser.driver())
              .executeScript("document.getElementById('grading-form').scrollIntoView();");
          browser.screenshot("pages-" + page + "-" + size.name() + "-grading");
        }
      } finally {
        browser.switchToTop();
      }
    }
    resize(SIZES.get(0));
    return wide;
  }

  /**
   * Loads one of the tool's paths in the frame the driver is in (the session stays the frame's).
   */
  private static void navigate(String toolPath) {
    String before = browser.documentUrl();
    ((JavascriptExecutor) browser.driver())
        .executeScript("window.location.assign(arguments[0]);", toolPath);
    new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), Browser.WAIT)
        .until(d -> !browser.documentUrl().equals(before) && ready());
    browser.waitFor(By.id("main"));
  }

  private static boolean ready() {
    return "complete"
        .equals(
            ((JavascriptExecutor) browser.driver()).executeScript("return document.readyState;"));
  }

  private static long number(String script) {
    return ((Number) ((JavascriptExecutor) browser.driver()).executeScript(script)).longValue();
  }

  /** Emulates a viewport: the CSS pixels a page lays out in, as zoom does. */
  private static void resize(Size size) {
    if (!(browser.driver() instanceof ChromiumDriver chromium)) return;
    chromium.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of(
            "width", size.width(),
            "height", size.height(),
            "deviceScaleFactor", size.ratio(),
            "mobile", false));
  }

  private void inTool(URI lmsPage, Runnable steps) {
    browser.open(lmsPage);
    browser.switchToFrame("tool-frame");
    try {
      steps.run();
    } finally {
      browser.switchToTop();
    }
  }
}
