package dk.bif.examples.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium for a test class, with screenshots, an axe-core check and waits.
 *
 * <pre>{@code
 * @RegisterExtension static final Browser browser = new Browser();
 *
 * browser.open(uri);
 * browser.waitForId("grades");
 * browser.check("lms-gradebook"); // screenshot, then no WCAG A/AA violation in page or frames
 * }</pre>
 *
 * <p>Before the first test it finds Chromium and chromedriver ({@link Chromium}) and axe-core; when
 * one is missing each test is skipped with a message that says how to install it, or fails when
 * {@code CI=true}. Selenium Manager never runs: the driver and browser paths are given explicitly,
 * so nothing is downloaded. Every test that fails leaves a screenshot named after it.
 *
 * <p>Not thread-safe: the tests of a class share the one browser and run one at a time.
 */
public final class Browser
    implements BeforeEachCallback, AfterTestExecutionCallback, AfterAllCallback {

  /** How long a wait for an element or a text lasts before the test fails. */
  public static final Duration WAIT = Duration.ofSeconds(15);

  /** How long {@link #reloadUntilText} keeps reloading: background work gets more time. */
  static final Duration RELOAD_FOR = Duration.ofSeconds(30);

  /** How often {@link #reloadUntilText} reloads. */
  static final Duration RELOAD_EVERY = Duration.ofMillis(500);

  /** How long a page may take to load. */
  static final Duration PAGE_LOAD = Duration.ofSeconds(60);

  /** The browser's window: a laptop screen. */
  static final String WINDOW_SIZE = "1280,900";

  /**
   * Headless, and nothing that reaches beyond the pages under test: no background networking,
   * component updates, sync or QUIC.
   */
  static final List<String> FLAGS =
      List.of(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--disable-dev-shm-usage",
          "--window-size=" + WINDOW_SIZE);

  /**
   * Selenium warns when it has no DevTools bindings for the installed Chromium's version; the tests
   * use WebDriver only, so the warning is noise. Held here so the setting is not collected.
   */
  private static final Logger DEVTOOLS_LOG = Logger.getLogger("org.openqa.selenium.devtools");

  private static final Pattern SCREENSHOT_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  private ChromeDriver driver;
  private Axe axe;
  private Path profile;
  private final boolean blockThirdPartyCookies;

  /** A browser with Chromium's default cookie settings. */
  public Browser() {
    this(false);
  }

  /**
   * A browser that may refuse third-party cookies, as Safari does and Chrome's setting "Block
   * third-party cookies" does (preferences {@code profile.block_third_party_cookies} and {@code
   * profile.cookie_controls_mode} 1).
   *
   * @param blockThirdPartyCookies whether cookies of a site framed by another site are refused
   */
  public Browser(boolean blockThirdPartyCookies) {
    this.blockThirdPartyCookies = blockThirdPartyCookies;
  }

  /** The examples module's directory, whether the tests run from Maven or an IDE. */
  static Path moduleDir() {
    String basedir = System.getProperty("basedir");
    if (basedir != null) {
      return Path.of(basedir).toAbsolutePath();
    }
    Path here = Path.of("").toAbsolutePath();
    return Files.isDirectory(here.resolve("examples")) ? here.resolve("examples") : here;
  }

  /** Where {@link #screenshot} writes: {@code examples/target/screenshots}. */
  public static Path screenshotDir() {
    return moduleDir().resolve(Path.of("target", "screenshots"));
  }

  /**
   * Starts the browser before the class's first test. The prerequisites are checked here, per test,
   * rather than once for the class, so that each skipped test is reported with the reason.
   */
  @Override
  public void beforeEach(ExtensionContext context) throws IOException {
    if (driver != null) {
      return;
    }
    Chromium chromium = Chromium.require();
    DEVTOOLS_LOG.setLevel(Level.SEVERE);
    axe = Axe.require();
    profile = Files.createTempDirectory("bif-chromium-");
    Path log = moduleDir().resolve(Path.of("target", "chromedriver.log"));
    Files.createDirectories(log.getParent());
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(chromium.driver().toFile())
            .usingAnyFreePort()
            .withLogFile(log.toFile())
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.binary().toFile());
    options.addArguments(FLAGS);
    options.addArguments("--user-data-dir=" + profile);
    if (blockThirdPartyCookies) {
      options.setExperimentalOption(
          "prefs",
          java.util.Map.of(
              "profile.block_third_party_cookies", true, "profile.cookie_controls_mode", 1));
    }
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Axe.SCRIPT_TIMEOUT).pageLoadTimeout(PAGE_LOAD);
  }

  @Override
  public void afterTestExecution(ExtensionContext context) {
    if (driver != null && context.getExecutionException().isPresent()) {
      screenshot(
          "failed-"
              + context.getRequiredTestClass().getSimpleName()
              + "-"
              + context.getRequiredTestMethod().getName());
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    try {
      if (driver != null) {
        driver.quit();
      }
    } finally {
      driver = null;
      if (profile != null) {
        deleteRecursively(profile);
      }
    }
  }

  /**
   * The driver, for what the helpers here do not cover.
   *
   * @return the running browser
   */
  public WebDriver driver() {
    if (driver == null) {
      throw new IllegalStateException("the browser runs only inside the tests of its class");
    }
    return driver;
  }

  /**
   * Opens a page in the top-level window.
   *
   * @param uri the page
   */
  public void open(URI uri) {
    driver().switchTo().defaultContent();
    driver().get(uri.toString());
  }

  /**
   * Saves a PNG of the window (the top-level page, whichever frame the driver is in).
   *
   * @param name the file name without {@code .png}: letters, digits, dot, dash, underscore
   * @return the file written under {@link #screenshotDir()}
   */
  public Path screenshot(String name) {
    if (!SCREENSHOT_NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "screenshot name must be letters, digits, '.', '-' or '_', was: " + name);
    }
    try {
      Path png = screenshotDir().resolve(name + ".png");
      Files.createDirectories(png.getParent());
      Files.write(png, ((TakesScreenshot) driver()).getScreenshotAs(OutputType.BYTES));
      return png;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Runs axe-core (WCAG 2.0 and 2.1, A and AA) in the current document and in each frame inside it.
   *
   * @return the violations; empty when the page passes
   */
  public List<AxeViolation> axeViolations() {
    return axe.check(driver());
  }

  /**
   * Fails, listing each violation with its rule, impact, help and elements, when axe-core finds a
   * WCAG A or AA violation in the current document or a frame inside it.
   */
  public void assertAccessible() {
    List<AxeViolation> violations = axeViolations();
    if (!violations.isEmpty()) {
      throw new AssertionError(
          violations.size()
              + " axe-core violation(s) of WCAG A/AA on "
              + driver().getCurrentUrl()
              + ":\n"
              + violations.stream().map(v -> "  " + v).collect(Collectors.joining("\n")));
    }
  }

  /**
   * Saves a screenshot, then {@linkplain #assertAccessible() checks the page with axe-core}.
   *
   * @param name the screenshot's name, see {@link #screenshot}
   * @return the screenshot written
   */
  public Path check(String name) {
    Path png = screenshot(name);
    assertAccessible();
    return png;
  }

  /**
   * Waits until the element with this id is visible in the current document.
   *
   * @param id the element's id
   * @return the element
   */
  public WebElement waitForId(String id) {
    return waitFor(By.id(id));
  }

  /**
   * Waits until an element is visible in the current document.
   *
   * @param locator how to find it
   * @return the element
   */
  public WebElement waitFor(By locator) {
    return waiting().until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  /**
   * Waits until the current document's visible text contains {@code text}.
   *
   * @param text the text to wait for, as shown (white space collapsed)
   */
  public void waitForText(String text) {
    waiting()
        .withMessage(() -> "page text containing '" + text + "'; the page shows: " + text())
        .until(d -> text().contains(text));
  }

  /**
   * Reloads the page until its visible text contains {@code text}: for what a server does in the
   * background, such as a grade that a worker delivers to the LMS.
   *
   * @param text the text to wait for, as shown (white space collapsed)
   */
  public void reloadUntilText(String text) {
    new WebDriverWait(driver(), RELOAD_FOR)
        .pollingEvery(RELOAD_EVERY)
        .withMessage(() -> "page text containing '" + text + "'; the page shows: " + text())
        .until(
            d -> {
              if (text().contains(text)) {
                return true;
              }
              d.navigate().refresh();
              return false;
            });
  }

  /**
   * Waits for a link or button whose visible text is {@code text}, and clicks it.
   *
   * @param text the link's or button's text, exactly (white space collapsed)
   */
  public void click(String text) {
    String literal = xpathLiteral(text);
    By control =
        By.xpath(
            "//a[normalize-space(.)="
                + literal
                + "] | //button[normalize-space(.)="
                + literal
                + "] | //input[(@type='submit' or @type='button') and @value="
                + literal
                + "]");
    waiting().until(ExpectedConditions.elementToBeClickable(control)).click();
  }

  /**
   * Waits for the frame with this id or name and switches into it.
   *
   * @param idOrName the iframe's id or name
   */
  public void switchToFrame(String idOrName) {
    waiting().until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(idOrName));
  }

  /** Switches back to the top-level document. */
  public void switchToTop() {
    driver().switchTo().defaultContent();
  }

  /**
   * The address of the current document, the frame's when the driver is in one ({@link
   * WebDriver#getCurrentUrl()} always answers the top-level page's).
   *
   * @return the document's URL
   */
  public String documentUrl() {
    return String.valueOf(((JavascriptExecutor) driver()).executeScript("return location.href"));
  }

  /**
   * The current document's visible text.
   *
   * @return the body's text, white space collapsed
   */
  public String text() {
    return driver().findElement(By.tagName("body")).getText().replaceAll("\\s+", " ").trim();
  }

  private WebDriverWait waiting() {
    return new WebDriverWait(driver(), WAIT);
  }

  private static String xpathLiteral(String text) {
    if (!text.contains("'")) {
      return "'" + text + "'";
    }
    if (!text.contains("\"")) {
      return "\"" + text + "\"";
    }
    return "concat('" + text.replace("'", "', \"'\", '") + "')";
  }

  /** Best effort: a browser that is slow to exit may still hold files in its profile. */
  private static void deleteRecursively(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      System.err.println("browser profile left behind: " + dir + " (" + e + ")");
    }
  }
}
