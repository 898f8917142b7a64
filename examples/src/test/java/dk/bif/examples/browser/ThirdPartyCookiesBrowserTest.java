package dk.bif.examples.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dk.bif.core.attendance.Session;
import dk.bif.core.curriculum.Part;
import dk.bif.core.curriculum.PartId;
import dk.bif.core.people.EmployeeId;
import dk.bif.examples.demo.DemoServer;
import dk.bif.examples.demo.DemoSettings;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The tool inside the demo LMS's frame with the tool and the LMS on different sites (tool on
 * 127.0.0.1, LMS on localhost) in headless Chromium that blocks third-party cookies, as Safari
 * does: the launch goes through the LMS's storage (LTI client-side postMessages), the pages keep
 * their session in their links and forms. The teacher records attendance and grades 7, the
 * participant sees the grade; two tabs of one browser keep both sessions. {@link
 * ThirdPartyCookiesAllowedBrowserTest} runs the same with cookies allowed.
 */
class ThirdPartyCookiesBrowserTest {

  @RegisterExtension static final Browser browser = new Browser(true);

  static final String TEACHER = "3001";
  static final String PARTICIPANT = "1001";
  static final EmployeeId PARTICIPANT_ID = EmployeeId.of("BIF-" + PARTICIPANT);
  static final String DEL1_COURSE = "bif-del-1-demo";
  static final String DEL1_LINK = "rl-d1-course";

  @TempDir Path data;
  DemoServer demo;

  @BeforeEach
  void startDemoOnTwoSites() {
    demo = DemoServer.start(DemoSettings.ephemeral(data).withLmsHost("localhost"));
    // all but the first teaching day already recorded: the page records that one
    Part del1 = demo.programme().catalogue().requirePart(PartId.BIF_DEL_1);
    for (int d = 2; d <= del1.teachingDays(); d++) {
      demo.programme()
          .attendance()
          .recordAttendance(PARTICIPANT_ID, del1.id(), Session.teachingDay(d));
    }
    for (int s = 1; s <= del1.studyGroupSessions(); s++) {
      demo.programme()
          .attendance()
          .recordAttendance(PARTICIPANT_ID, del1.id(), Session.studyGroup(s));
    }
  }

  @AfterEach
  void stopDemo() {
    if (demo != null) demo.close();
  }

  /** The browser this class runs in. */
  Browser browser() {
    return browser;
  }

  /** The screenshots' prefix. */
  String prefix() {
    return "cookies-blocked";
  }

  @Test
  void theTeacherRecordsAttendanceAndGrades7AndTheParticipantSeesIt() {
    assertThat(demo.lmsUri().getHost()).isEqualTo("localhost");
    assertThat(demo.toolUri().getHost()).isEqualTo("127.0.0.1");

    // the teacher's launch
    teacherOpensDel1();
    inTool(
        () -> {
          browser().waitForId("teacher-roster");
          assertThat(browser().documentUrl()).startsWith(demo.toolUri().toString());
        });
    browser().screenshot(prefix() + "-01-teacher");

    // attendance through a link and a form of the page
    inTool(
        () -> {
          browser().waitForId("session-teaching-day-1").click();
          browser().waitForId("presence-" + PARTICIPANT_ID.value() + "-attended").click();
          browser().waitForId("save-attendance").click();
          browser().waitFor(By.cssSelector("#notice p"));
          assertThat(
                  browser()
                      .waitForId("presence-" + PARTICIPANT_ID.value() + "-attended")
                      .isSelected())
              .isTrue();
        });

    // the teacher places the Del 1 exam by deep linking, and a grade is recorded there
    String exam = teacherAddsTheDel1Exam();
    browser().open(demo.courseUri(DEL1_COURSE, TEACHER));
    browser().waitForId("open-" + exam).click();
    inTool(
        () -> {
          new Select(browser().waitForId("grade-" + PARTICIPANT_ID.value())).selectByValue("7");
          browser().waitForId("save-grades").click();
          browser().waitFor(By.cssSelector("#notice p"));
          assertThat(browser().driver().getPageSource()).doesNotContain("SESSION_");
        });
    browser().screenshot(prefix() + "-02-teacher-graded");

    // and delivered: the teacher's page follows it to the gradebook, which holds it
    inTool(
        () ->
            new WebDriverWait(browser().driver(), Duration.ofSeconds(90))
                .withMessage("the grade's delivery state becomes delivered")
                .until(
                    d ->
                        "delivered"
                            .equals(
                                d.findElement(By.id("delivery-" + PARTICIPANT_ID.value()))
                                    .getAttribute("data-state"))));
    String item = demo.lms().gradebook().lineItemsOfLink(exam).get(0).id();
    assertThat(demo.lms().gradebook().score(item, PARTICIPANT))
        .hasValueSatisfying(score -> assertThat(score.isFinal()).isTrue());

    // the participant's page
    browser().open(demo.courseUri(DEL1_COURSE, PARTICIPANT));
    browser().waitForId("open-" + DEL1_LINK).click();
    inTool(
        () -> {
          browser().waitForId("participant-status");
          assertThat(browser().waitForId("participant-grade").getText()).contains("7 (C)");
        });
    browser().screenshot(prefix() + "-03-participant");
  }

  @Test
  void twoTabsKeepBothSessions() {
    // given the teacher's page open in the first tab
    teacherOpensDel1();
    inTool(() -> browser().waitForId("teacher-roster"));
    String teacherTab = browser().driver().getWindowHandle();

    // when the participant opens the activity in a second tab of the same browser
    browser().driver().switchTo().newWindow(WindowType.TAB);
    browser().open(demo.courseUri(DEL1_COURSE, PARTICIPANT));
    browser().waitForId("open-" + DEL1_LINK).click();
    inTool(() -> browser().waitForId("participant-status"));
    String participantTab = browser().driver().getWindowHandle();

    // then the teacher's tab still saves as the teacher
    browser().driver().switchTo().window(teacherTab);
    inTool(
        () -> {
          browser().waitForId("session-teaching-day-1").click();
          browser().waitForId("presence-" + PARTICIPANT_ID.value() + "-attended").click();
          browser().waitForId("save-attendance").click();
          browser().waitFor(By.cssSelector("#notice p"));
          assertThat(browser().driver().getPageSource())
              .doesNotContain("ROLE_DENIED")
              .doesNotContain("SESSION_");
        });
    browser().screenshot(prefix() + "-04-teacher-tab");

    // and the participant's tab is still hers
    browser().driver().switchTo().window(participantTab);
    inTool(
        () -> {
          // reload the frame's own page (its URL carries its launch); the old page is gone first
          ((org.openqa.selenium.JavascriptExecutor) browser().driver())
              .executeScript("document.body.innerHTML = ''; window.location.reload();");
          browser().waitForId("participant-status");
          assertThat(browser().driver().getPageSource()).contains("Ann Hansen");
        });
    browser().driver().close();
    browser().driver().switchTo().window(teacherTab);
  }

  private String teacherAddsTheDel1Exam() {
    browser().open(demo.courseUri(DEL1_COURSE, TEACHER));
    java.util.Set<String> before = activityIds();
    browser().waitForId("add-activity").click();
    inTool(
        () -> {
          org.openqa.selenium.WebElement choice =
              browser().waitFor(By.cssSelector("input[value='bif-del-1/exam']"));
          choice.click();
          choice
              .findElement(By.xpath("ancestor::form"))
              .findElement(By.cssSelector("button[type='submit']"))
              .click();
          browser().waitForId("back-to-course");
        });
    inTool(() -> browser().waitForId("back-to-course").click());
    browser().waitForId("add-activity");
    java.util.Set<String> added = activityIds();
    added.removeAll(before);
    assertThat(added).as("activities placed by the deep-linking response").hasSize(1);
    return added.iterator().next();
  }

  private java.util.Set<String> activityIds() {
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (org.openqa.selenium.WebElement item :
        browser().driver().findElements(By.cssSelector("li[id^='activity-']"))) {
      ids.add(item.getAttribute("id").substring("activity-".length()));
    }
    return ids;
  }

  private void teacherOpensDel1() {
    browser().open(demo.courseUri(DEL1_COURSE, TEACHER));
    browser().waitForId("open-" + DEL1_LINK).click();
  }

  private void inTool(Runnable steps) {
    browser().switchToFrame("tool-frame");
    try {
      steps.run();
    } finally {
      browser().switchToTop();
    }
  }
}
