package dk.bif.examples.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dk.bif.core.attendance.Session;
import dk.bif.core.curriculum.Part;
import dk.bif.core.curriculum.PartId;
import dk.bif.core.people.EmployeeId;
import dk.bif.examples.demo.DemoServer;
import dk.bif.examples.demo.DemoSettings;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.Select;

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

    // a grade recorded
    teacherOpensDel1();
    inTool(
        () -> {
          new Select(browser().waitForId("grade-" + PARTICIPANT_ID.value())).selectByValue("7");
          browser().waitForId("save-grades").click();
          browser().waitFor(By.cssSelector("#notice p"));
          assertThat(browser().driver().getPageSource()).doesNotContain("SESSION_");
        });
    browser().screenshot(prefix() + "-02-teacher-graded");

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
