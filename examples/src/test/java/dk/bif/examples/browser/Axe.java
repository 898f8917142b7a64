package dk.bif.examples.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Runs axe-core, as installed from the npm registry by {@code npm ci} in {@code src/test/browser},
 * in the current page and in every frame inside it.
 *
 * <p>Each document is checked on its own ({@code iframes: false}) after switching into its frame,
 * so a cross-origin frame (the tool inside the LMS) is checked as thoroughly as the page around it,
 * without axe's cross-frame messaging.
 */
final class Axe {

  /** The message of a skipped (or, on CI, failed) browser test when axe-core is missing. */
  static final String HOW_TO_INSTALL = "run: npm ci --prefix examples/src/test/browser";

  /** WCAG 2.0 and 2.1, levels A and AA: what the issue asks the pages to pass. */
  static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  /** How long one axe run may take before the browser gives up on the script. */
  static final Duration SCRIPT_TIMEOUT = Duration.ofSeconds(60);

  static final String TOP = "top";

  private static final String RUN =
      """
      const tags = arguments[0];
      const done = arguments[arguments.length - 1];
      axe.run(document, {
          runOnly: { type: 'tag', values: tags },
          iframes: false,
          resultTypes: ['violations']
        })
        .then(result => done(result.violations.map(v => ({
          id: v.id,
          impact: v.impact,
          help: v.help,
          targets: v.nodes.map(n => n.target.map(t => Array.isArray(t) ? t.join(' >>> ') : t)
            .join(' '))
        }))))
        .catch(e => done('axe failed: ' + e));
      """;

  private final String source;

  private Axe(String source) {
    this.source = source;
  }

  /**
   * Loads axe.min.js, or skips the test (fails it on CI) with {@link #HOW_TO_INSTALL}.
   *
   * @return axe, ready to inject
   */
  static Axe require() {
    Path script = script();
    Prerequisite.require(Files.isReadable(script), HOW_TO_INSTALL + " (missing " + script + ")");
    try {
      return new Axe(Files.readString(script));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The path of axe.min.js under the examples module. */
  static Path script() {
    return Browser.moduleDir()
        .resolve(Path.of("src", "test", "browser", "node_modules", "axe-core", "axe.min.js"));
  }

  /**
   * Checks the document the driver is in and every frame below it, depth first. Leaves the driver
   * in the document it started in.
   *
   * @param driver the browser, in the document to check
   * @return the violations, in document order; empty when the page passes
   */
  List<AxeViolation> check(WebDriver driver) {
    List<AxeViolation> violations = new ArrayList<>();
    checkFrame(driver, TOP, violations);
    return violations;
  }

  private void checkFrame(WebDriver driver, String frame, List<AxeViolation> violations) {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    js.executeScript(source);
    violations.addAll(parse(frame, js.executeAsyncScript(RUN, TAGS)));
    List<WebElement> frames = driver.findElements(By.cssSelector("iframe, frame"));
    for (int i = 0; i < frames.size(); i++) {
      WebElement element = frames.get(i);
      String name = frame + " > " + describe(element, i);
      driver.switchTo().frame(element);
      try {
        checkFrame(driver, name, violations);
      } finally {
        driver.switchTo().parentFrame();
      }
    }
  }

  private static String describe(WebElement frame, int index) {
    String id = frame.getAttribute("id");
    if (id != null && !id.isBlank()) {
      return "iframe#" + id;
    }
    String src = frame.getAttribute("src");
    return "iframe[" + index + "]" + (src == null || src.isBlank() ? "" : " " + src);
  }

  private static List<AxeViolation> parse(String frame, Object result) {
    if (!(result instanceof List<?> list)) {
      throw new IllegalStateException("axe did not run in " + frame + ": " + result);
    }
    List<AxeViolation> violations = new ArrayList<>();
    for (Object item : list) {
      Map<?, ?> v = (Map<?, ?>) item;
      List<String> targets = ((List<?>) v.get("targets")).stream().map(String::valueOf).toList();
      violations.add(
          new AxeViolation(
              frame,
              (String) v.get("id"),
              (String) v.get("impact"),
              (String) v.get("help"),
              targets));
    }
    return violations;
  }
}
