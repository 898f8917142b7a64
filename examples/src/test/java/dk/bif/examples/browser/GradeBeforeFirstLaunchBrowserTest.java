package dk.bif.examples.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dk.bif.core.attendance.Session;
import dk.bif.core.curriculum.Part;
import dk.bif.core.curriculum.PartId;
import dk.bif.core.people.EmployeeId;
import dk.bif.examples.demo.DemoServer;
import dk.bif.examples.demo.DemoSettings;
import dk.bif.lti.testkit.Faults;
import dk.bif.lti.testkit.RecordedScore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The "never lost" promise in the demo, in headless Chromium: the teacher places the Del 1 exam,
 * grades a participant who never opened the activity, and watches the grade's state on their own
 * page change from queued through retrying (the demo LMS's gradebook briefly down) to delivered
 * without reloading; the demo LMS's gradebook then holds the grade. Screenshots under {@code
 * target/screenshots/never-lost-*.png}, each page checked with axe-core.
 */
class GradeBeforeFirstLaunchBrowserTest {

  @RegisterExtension static final Browser browser = new Browser();

  static final String TEACHER = "3001";

  /** Mads Holm, Del 1: never opens the activity in this test. */
  static final String PARTICIPANT = "1002";

  static final EmployeeId PARTICIPANT_ID = EmployeeId.of("BIF-" + PARTICIPANT);
  static final String DEL1_COURSE = "bif-del-1-demo";
  static final String DEL1_EXAM = "bif-del-1/exam";

  /** How long the worker may take to deliver after the gradebook is back: its backoff. */
  static final Duration DELIVERY = Duration.ofSeconds(90);

  @TempDir Path data;
  DemoServer demo;

  @BeforeEach
  void startDemo() {
    demo = DemoServer.start(DemoSettings.ephemeral(data));
  }

  @AfterEach
  void stopDemo() {
    if (demo != null) {
      demo.lms().faults().clear();
      demo.close();
    }
  }

  @Test
  void aGradeForAParticipantWhoNeverOpenedTheActivityEndsDeliveredAndThePageFollowsWithoutReload() {
    // given the teacher placed the Del 1 exam, and Mads (who never opened it) attended every
    // session
    String exam = teacherAddsTheDel1Exam();
    attendEverySession(PARTICIPANT_ID);
    teacherOpens(exam);
    inTool(() -> browser.waitForId("grading-form"));
    browser.check("never-lost-01-teacher-grading");

    // when the gradebook is down and the teacher grades Mads 10
    demo.lms().faults().down(Faults.Target.AGS);
    inTool(
        () -> {
          new Select(browser.waitForId("grade-" + PARTICIPANT_ID.value())).selectByValue("10");
          browser.waitForId("save-grades").click();
          assertThat(browser.waitFor(By.cssSelector("#notice p")).getText())
              .as("saved, and not claimed as sent")
              .contains("kø")
              .doesNotContain("sendt");
          ((JavascriptExecutor) browser.driver()).executeScript("window.bifNotReloaded = true;");
        });

    // then the teacher's page shows it retrying with the platform's answer, without a reload
    inTool(
        () -> {
          waitForState("retrying", Browser.WAIT.multipliedBy(2));
          assertThat(browser.waitForId("delivery-" + PARTICIPANT_ID.value() + "-detail").getText())
              .as("the platform's answer in plain words")
              .contains("Læringsplatformen");
        });
    showRow();
    browser.check("never-lost-02-teacher-retrying");

    // when the gradebook is back, the state becomes delivered on the same page
    demo.lms().faults().clear();
    inTool(
        () -> {
          waitForState("delivered", DELIVERY);
          assertThat(
                  ((JavascriptExecutor) browser.driver())
                      .executeScript("return window.bifNotReloaded === true;"))
              .as("the page was not reloaded")
              .isEqualTo(true);
          assertThat(browser.waitForId("delivery-" + PARTICIPANT_ID.value()).getText())
              .contains("Modtaget i karakterbogen");
        });
    showRow();
    browser.check("never-lost-03-teacher-delivered");

    // and the demo LMS's gradebook holds Mads's 10 though he never launched
    String item = demo.lms().gradebook().lineItemsOfLink(exam).get(0).id();
    Optional<RecordedScore> score = demo.lms().gradebook().score(item, PARTICIPANT);
    assertThat(score).hasValueSatisfying(s -> assertThat(s.isFinal()).isTrue());
    browser.open(demo.courseUri(DEL1_COURSE, TEACHER));
    browser.waitForId("gradebook-link").click();
    browser.waitForId("gradebook");
    assertThat(browser.waitForId("score-" + item + "-" + PARTICIPANT).getText())
        .contains("FullyGraded");
    browser.check("never-lost-04-lms-gradebook");
  }

  /** Brings Mads's grading row into view, for the screenshot. */
  private static void showRow() {
    inTool(
        () ->
            ((JavascriptExecutor) browser.driver())
                .executeScript(
                    "arguments[0].scrollIntoView({block: 'center'});",
                    browser.waitForId("delivery-" + PARTICIPANT_ID.value())));
  }

  private static void waitForState(String state, Duration within) {
    new WebDriverWait(browser.driver(), within)
        .withMessage(
            () ->
                "delivery state "
                    + state
                    + "; the page shows "
                    + browser
                        .driver()
                        .findElement(By.id("delivery-" + PARTICIPANT_ID.value()))
                        .getAttribute("data-state"))
        .until(
            d ->
                state.equals(
                    d.findElement(By.id("delivery-" + PARTICIPANT_ID.value()))
                        .getAttribute("data-state")));
  }

  private void attendEverySession(EmployeeId who) {
    Part del1 = demo.programme().catalogue().requirePart(PartId.BIF_DEL_1);
    for (int d = 1; d <= del1.teachingDays(); d++) {
      demo.programme().attendance().recordAttendance(who, del1.id(), Session.teachingDay(d));
    }
    for (int s = 1; s <= del1.studyGroupSessions(); s++) {
      demo.programme().attendance().recordAttendance(who, del1.id(), Session.studyGroup(s));
    }
  }

  /** Through the demo LMS's pages and the tool's picker; returns the new resource link's id. */
  private String teacherAddsTheDel1Exam() {
    browser.open(demo.lmsUri());
    browser.waitForId("user-" + TEACHER).click();
    browser.waitForId("course-" + DEL1_COURSE).click();
    Set<String> before = activityIds();
    browser.waitForId("add-activity").click();
    inTool(
        () -> {
          WebElement choice = browser.waitFor(By.cssSelector("input[value='" + DEL1_EXAM + "']"));
          choice.click();
          choice
              .findElement(By.xpath("ancestor::form"))
              .findElement(By.cssSelector("button[type='submit']"))
              .click();
          browser.waitForId("back-to-course");
        });
    inTool(() -> browser.waitForId("back-to-course").click());
    browser.waitForId("add-activity");
    Set<String> added = activityIds();
    added.removeAll(before);
    assertThat(added).as("activities placed by the deep-linking response").hasSize(1);
    return added.iterator().next();
  }

  private void teacherOpens(String exam) {
    browser.open(demo.courseUri(DEL1_COURSE, TEACHER));
    browser.waitForId("open-" + exam).click();
  }

  private static void inTool(Runnable steps) {
    browser.switchToFrame("tool-frame");
    try {
      steps.run();
    } finally {
      browser.switchToTop();
    }
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
