package dk.bif.examples.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dk.bif.core.people.EmployeeId;
import dk.bif.examples.demo.DemoServer;
import dk.bif.examples.demo.DemoSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The demo clicked through in headless Chromium, as a newcomer would after the README's first
 * command: the teacher places the Del 1 exam by deep linking, the participant opens it, the grade
 * reaches the demo LMS gradebook. Every page is saved under {@code target/screenshots/demo-*.png}
 * and must pass axe-core (WCAG 2.0/2.1 A and AA) together with the tool's frame inside it.
 *
 * <p>The demo LMS's element ids are documented in {@code DemoLmsPages}; the seeded people are
 * {@value #TEACHER} (Lars Mortensen, teacher) and {@value #PARTICIPANT} (Ann Hansen, Del 1).
 */
class DemoWalkthroughBrowserTest {

  @RegisterExtension static final Browser browser = new Browser();

  /** The seeded teacher of both demo cohorts. */
  static final String TEACHER = "3001";

  /** A seeded participant of the Del 1 cohort. */
  static final String PARTICIPANT = "1001";

  static final EmployeeId PARTICIPANT_ID = EmployeeId.of("BIF-" + PARTICIPANT);

  /** The seeded Del 1 course in the demo LMS. */
  static final String DEL1_COURSE = "bif-del-1-demo";

  /** The deep-linking choice of the Del 1 exam in the tool's picker. */
  static final String DEL1_EXAM = "bif-del-1/exam";

  @TempDir Path data;
  DemoServer demo;

  @BeforeEach
  void startDemo() {
    demo = DemoServer.start(DemoSettings.ephemeral(data));
  }

  @AfterEach
  void stopDemo() {
    if (demo != null) {
      demo.close();
    }
  }

  @Test
  void theTeacherPlacesTheExamRecordsAttendanceGrades7AndTheParticipantSees7CAnd10Ects() {
    // given the teacher placed the Del 1 exam by deep linking and the participant opened it
    String exam = teacherAddsTheDel1Exam();
    participantOpens(exam, "demo-07-participant-exam");
    inTool(
        () ->
            assertThat(browser.waitForId("participant-grade").getText())
                .as("no grade before the exam")
                .doesNotContain("7 (C)"));

    // when the teacher records attendance on every session and grades 7
    teacherOpens(exam);
    List<String> sessions = new ArrayList<>();
    inTool(
        () -> {
          browser.waitForId("teacher-roster");
          for (WebElement link :
              browser.driver().findElements(By.cssSelector("a[id^='session-']"))) {
            sessions.add(link.getAttribute("id"));
          }
        });
    browser.check("demo-08-teacher-cohort");
    assertThat(sessions).as("9 teaching days and 5 study groups").hasSize(14);
    for (String session : sessions) {
      teacherRecordsAttendance(exam, session);
    }
    browser.check("demo-09-teacher-attendance");
    teacherOpens(exam);
    inTool(
        () -> {
          new Select(browser.waitForId("grade-" + PARTICIPANT_ID.value())).selectByValue("7");
          browser.waitForId("save-grades").click();
          browser.waitFor(By.cssSelector("#notice p"));
          assertThat(
                  browser
                      .waitForId("delivery-" + PARTICIPANT_ID.value())
                      .getAttribute("data-state"))
              .as("the grade's delivery state")
              .isIn("queued", "delivered");
        });
    browser.check("demo-10-teacher-grades");

    // then the gradebook shows the score, and the participant sees 7 (C) and 10 ECTS
    gradebookShowsGrade7(exam, "demo-11-lms-gradebook");
    participantOpens(exam, "demo-12-participant-grade");
    inTool(
        () -> {
          assertThat(browser.waitForId("participant-grade").getText()).contains("7 (C)");
          assertThat(browser.waitForId("participant-ects").getText()).contains("10");
        });
  }

  /** Opens the session from the teacher's page, marks the participant present and saves. */
  private void teacherRecordsAttendance(String exam, String sessionLink) {
    teacherOpens(exam);
    inTool(
        () -> {
          browser.waitForId(sessionLink).click();
          browser.waitForId("presence-" + PARTICIPANT_ID.value() + "-attended").click();
          browser.waitForId("save-attendance").click();
          browser.waitFor(By.cssSelector("#notice p"));
          assertThat(
                  browser
                      .waitForId("presence-" + PARTICIPANT_ID.value() + "-attended")
                      .isSelected())
              .as("attendance saved for " + sessionLink)
              .isTrue();
        });
  }

  /** Through the demo LMS's pages and the tool's picker; returns the new resource link's id. */
  private String teacherAddsTheDel1Exam() {
    browser.open(demo.lmsUri());
    browser.waitForId("user-" + TEACHER);
    browser.check("demo-01-lms-pick-user");

    browser.waitForId("user-" + TEACHER).click();
    browser.waitForId("course-" + DEL1_COURSE);
    browser.check("demo-02-lms-teacher-home");

    browser.waitForId("course-" + DEL1_COURSE).click();
    browser.waitForId("add-activity");
    browser.check("demo-03-lms-teacher-course");
    Set<String> before = activityIds();

    browser.waitForId("add-activity").click();
    inTool(() -> waitForChoice(DEL1_EXAM));
    browser.check("demo-04-tool-deep-link-picker");

    inTool(
        () -> {
          WebElement choice = waitForChoice(DEL1_EXAM);
          choice.click();
          // the picker's own submit button, whichever language the launch asked for
          choice
              .findElement(By.xpath("ancestor::form"))
              .findElement(By.cssSelector("button[type='submit']"))
              .click();
          browser.waitForId("back-to-course");
        });
    browser.check("demo-05-lms-deep-link-added");

    inTool(() -> browser.waitForId("back-to-course").click());
    browser.waitForId("add-activity");
    Set<String> added = activityIds();
    added.removeAll(before);
    assertThat(added).as("activities placed by the deep-linking response").hasSize(1);
    String exam = added.iterator().next();
    assertThat(demo.lms().gradebook().lineItemsOfLink(exam))
        .as("the exam's gradebook column")
        .hasSize(1);
    browser.check("demo-06-lms-course-with-exam");
    return exam;
  }

  private void participantOpens(String exam, String screenshot) {
    browser.open(demo.lmsUri());
    browser.waitForId("user-" + PARTICIPANT).click();
    browser.waitForId("course-" + DEL1_COURSE).click();
    browser.waitForId("open-" + exam).click();
    inTool(
        () -> {
          browser.waitForId("participant-status");
          assertThat(browser.documentUrl())
              .as("the frame shows the tool")
              .startsWith(demo.toolUri().toString());
        });
    browser.check(screenshot);
  }

  private void teacherOpens(String exam) {
    browser.open(demo.courseUri(DEL1_COURSE, TEACHER));
    browser.waitForId("open-" + exam).click();
  }

  private void gradebookShowsGrade7(String exam, String screenshot) {
    String item = demo.lms().gradebook().lineItemsOfLink(exam).get(0).id();
    browser.open(demo.courseUri(DEL1_COURSE, TEACHER));
    browser.waitForId("gradebook-link").click();
    browser.waitForId("gradebook");
    browser.reloadUntilText("Karakter 7 (ECTS C)");
    assertThat(browser.waitForId("score-" + item + "-" + PARTICIPANT).getText())
        .contains("4 / 6")
        .contains("Karakter 7 (ECTS C)")
        .contains("FullyGraded");
    browser.check(screenshot);
  }

  /** Runs {@code steps} inside the LMS's frame around the tool, then returns to the page. */
  private static void inTool(Runnable steps) {
    browser.switchToFrame("tool-frame");
    try {
      steps.run();
    } finally {
      browser.switchToTop();
    }
  }

  private static WebElement waitForChoice(String activity) {
    return browser.waitFor(By.cssSelector("input[value='" + activity + "']"));
  }

  private static Set<String> activityIds() {
    List<WebElement> items = browser.driver().findElements(By.cssSelector("li[id^='activity-']"));
    Set<String> ids = new HashSet<>();
    for (WebElement item : items) {
      ids.add(item.getAttribute("id").substring("activity-".length()));
    }
    return ids;
  }
}
