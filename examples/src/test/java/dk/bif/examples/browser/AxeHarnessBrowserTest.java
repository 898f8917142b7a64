package dk.bif.examples.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The browser harness can fail: axe-core finds the violations planted in a page and in the frame
 * inside it (served from another origin, as the tool is inside the LMS), finds none in a clean
 * page, and the screenshots are real PNGs.
 */
class AxeHarnessBrowserTest {

  @RegisterExtension static final Browser browser = new Browser();

  /** The pages the browser opens. */
  static StaticPages pages;

  /** The pages inside their frames, from another origin, as the tool is inside the LMS. */
  static StaticPages framed;

  @BeforeAll
  static void servePages() throws Exception {
    framed =
        StaticPages.serve(
            Map.of(
                "/clean-frame", page("Sign-up form", cleanForm()),
                "/flawed-frame",
                    page("Unlabelled form", "<form><input type=\"text\" name=\"q\"></form>")));
    pages =
        StaticPages.serve(
            Map.of(
                "/clean", page("Clean", "<h1>Clean</h1>" + frame("/clean-frame", "Sign-up form")),
                "/flawed",
                    page(
                        "Flawed",
                        "<h1>Flawed</h1><img src=\""
                            + SQUARE
                            + "\" width=\"40\" height=\"40\">"
                            + frame("/flawed-frame", "Unlabelled form"))));
  }

  @AfterAll
  static void stopPages() throws Exception {
    for (StaticPages server : new StaticPages[] {pages, framed}) {
      if (server != null) {
        server.close();
      }
    }
  }

  @Test
  void aCleanPageWithACleanFrameHasNoViolations() {
    browser.open(pages.uri("/clean"));
    browser.waitForText("Clean");

    assertThat(browser.axeViolations()).isEmpty();
    browser.check("harness-clean");
  }

  @Test
  void violationsAreFoundInThePageAndInsideItsFrame() {
    browser.open(pages.uri("/flawed"));
    browser.waitForText("Flawed");

    List<AxeViolation> violations = browser.axeViolations();

    assertThat(violations)
        .extracting(AxeViolation::frame, AxeViolation::id)
        .containsExactly(tuple("top", "image-alt"), tuple("top > iframe#embedded", "label"));
    assertThat(violations.get(0).targets()).containsExactly("img");
    assertThat(violations.get(1).targets()).containsExactly("input");
  }

  @Test
  void theAccessibilityAssertionNamesEachViolation() {
    browser.open(pages.uri("/flawed"));

    assertThatThrownBy(browser::assertAccessible)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("2 axe-core violation(s)")
        .hasMessageContaining("image-alt in top")
        .hasMessageContaining("label in top > iframe#embedded")
        .hasMessageContaining(pages.uri("/flawed").toString());
  }

  @Test
  void aScreenshotIsAPngOfTheWindowUnderTargetScreenshots() throws Exception {
    browser.open(pages.uri("/flawed"));
    browser.waitForText("Flawed");

    Path png = browser.screenshot("harness-flawed");

    assertThat(png).isEqualTo(Browser.screenshotDir().resolve("harness-flawed.png"));
    assertThat(Files.readAllBytes(png)).startsWith(0x89, 'P', 'N', 'G');
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(1280);
    // the planted 40 x 40 square is in the picture
    assertThat(countPixels(image, 0x1f5f8b)).isGreaterThanOrEqualTo(40 * 40);
  }

  @Test
  void theWaitsFindElementsInsideAFrame() {
    browser.open(pages.uri("/clean"));

    browser.switchToFrame("embedded");
    browser.waitForText("Name");
    assertThat(browser.waitForId("name").getTagName()).isEqualTo("input");
    browser.switchToTop();
    assertThat(browser.text()).startsWith("Clean");
  }

  private static int countPixels(BufferedImage image, int rgb) {
    int count = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if ((image.getRGB(x, y) & 0xffffff) == rgb) {
          count++;
        }
      }
    }
    return count;
  }

  private static final String SQUARE =
      "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='40' height='40'%3E"
          + "%3Crect width='40' height='40' fill='%231f5f8b'/%3E%3C/svg%3E";

  private static String page(String title, String body) {
    return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
        + title
        + "</title></head><body><main>"
        + body
        + "</main></body></html>";
  }

  private static String frame(String src, String title) {
    return "<iframe id=\"embedded\" src=\""
        + framed.uri(src)
        + "\" title=\""
        + title
        + "\"></iframe>";
  }

  private static String cleanForm() {
    return "<form><label for=\"name\">Name</label> <input id=\"name\" type=\"text\"></form>";
  }
}
