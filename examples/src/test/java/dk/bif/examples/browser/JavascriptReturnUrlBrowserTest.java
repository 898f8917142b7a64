package dk.bif.examples.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dk.bif.examples.demo.DemoServer;
import dk.bif.examples.demo.DemoSettings;
import dk.bif.lti.testkit.LtiClaims;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The attack of issue 19 in headless Chromium: a platform (or whoever forges its deep-linking
 * request) names a {@code javascript:} URL as {@code deep_link_return_url}. The tool used to post
 * its response there, and the script ran on the tool's origin. Now the launch is refused at
 * validation with {@code DEEP_LINK_RETURN_URL_INVALID}, and nothing of the script runs.
 *
 * <p>The script, if it ran, would set the tool frame's {@code window.name}, which outlives the
 * navigation; the test reads it from the frame afterwards.
 */
class JavascriptReturnUrlBrowserTest {

  @RegisterExtension static final Browser browser = new Browser();

  /** What the script writes when it runs. */
  static final String MARK = "xss-ran";

  @TempDir Path data;
  DemoServer demo;

  @BeforeEach
  void startDemo() {
    demo = DemoServer.start(DemoSettings.ephemeral(data));
  }

  @AfterEach
  void stopDemo() {
    if (demo != null) demo.close();
  }

  private static String frameName() {
    return String.valueOf(
        ((JavascriptExecutor) browser.driver()).executeScript("return window.name"));
  }

  @Test
  void aJavascriptDeepLinkReturnUrlIsRefusedAtLaunchAndItsScriptNeverRuns() {
    // given the next launch's deep-linking settings name a javascript: return URL
    demo.lms()
        .tokens()
        .tamperNextLaunch(
            t ->
                t.claimMember(
                    LtiClaims.DEEP_LINKING_SETTINGS,
                    "deep_link_return_url",
                    "javascript:window.name='" + MARK + "'+document.domain;void(0)"));

    // when the teacher adds an activity (the deep-linking launch) and, if the tool lets them,
    // picks one and sends it back
    browser.open(demo.lmsUri());
    browser.waitForId("user-" + DemoWalkthroughBrowserTest.TEACHER).click();
    browser.waitForId("course-" + DemoWalkthroughBrowserTest.DEL1_COURSE).click();
    browser.waitForId("add-activity").click();
    browser.switchToFrame("tool-frame");
    try {
      browser.waitFor(By.cssSelector("code.reason, input[name^='activity']"));
      List<WebElement> choices = browser.driver().findElements(By.cssSelector("input[value]"));
      boolean picker =
          !browser.driver().findElements(By.cssSelector("input[name^='activity']")).isEmpty();
      if (picker) {
        choices.stream()
            .filter(c -> DemoWalkthroughBrowserTest.DEL1_EXAM.equals(c.getAttribute("value")))
            .findFirst()
            .orElseThrow()
            .click();
        browser.driver().findElement(By.cssSelector("button[type='submit']")).click();
        // give the auto-posting page its chance to run the script
        try {
          new WebDriverWait(browser.driver(), Duration.ofSeconds(3))
              .until(d -> frameName().contains(MARK));
        } catch (TimeoutException stillClean) {
          // the script did not run
        }
      }

      // then the frame shows the refusal with its reason code, and the script did not run
      assertThat(frameName()).as("window.name after the launch").doesNotContain(MARK);
      assertThat(picker).as("the tool showed its picker for a javascript: return URL").isFalse();
      assertThat(browser.waitFor(By.cssSelector("code.reason")).getText())
          .isEqualTo("DEEP_LINK_RETURN_URL_INVALID");
      assertThat(browser.text()).contains("is not an https URL");
    } finally {
      browser.switchToTop();
    }
    browser.screenshot("javascript-return-url-refused");
  }
}
