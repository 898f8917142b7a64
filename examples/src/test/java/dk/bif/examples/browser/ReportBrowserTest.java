package dk.bif.examples.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dk.bif.examples.cli.BifCommand;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The centre head's report ({@code bif report}) in headless Chromium, in Danish and in English:
 * saved as {@code target/screenshots/report.png} and {@code report-en.png} and checked with
 * axe-core for WCAG 2.0/2.1 A and AA violations, as the tool's pages are.
 */
class ReportBrowserTest {

  @RegisterExtension static final Browser browser = new Browser();

  @TempDir static Path temp;

  static StaticPages pages;

  @BeforeAll
  static void makeTheReports() throws Exception {
    pages =
        StaticPages.serve(Map.of("/report.html", report("da"), "/report-en.html", report("en")));
  }

  @AfterAll
  static void stop() throws Exception {
    if (pages != null) {
      pages.close();
    }
  }

  private static String report(String language) throws Exception {
    Path html = temp.resolve("report-" + language + ".html");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        BifCommand.standard(
                Clock.fixed(Instant.parse("2021-03-01T08:00:00Z"), ZoneOffset.UTC), Map.of())
            .run(
                List.of(
                    "report",
                    "samples/centre",
                    "--administration=samples/employees.csv",
                    "--date=2020-11-15",
                    "--lang=" + language,
                    "--out=" + html),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
    return Files.readString(html);
  }

  /** Makes the window as tall as the report, so that the screenshot shows all of it. */
  private static void wholePage() {
    Object height =
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
            .executeScript("return document.documentElement.scrollHeight");
    browser
        .driver()
        .manage()
        .window()
        .setSize(new org.openqa.selenium.Dimension(1280, ((Number) height).intValue() + 40));
  }

  @Test
  void theReportRendersWithItsChartsAndHasNoAccessibilityViolation() {
    browser.open(pages.uri("/report.html"));
    browser.waitForId("gaps");

    wholePage();
    Path png = browser.check("report");

    assertThat(png).exists();
    assertThat(browser.text()).contains("Hvem skal have uddannelsen", "2020 (forventet)", "▼ fald");
    assertThat(browser.driver().findElements(org.openqa.selenium.By.cssSelector(".bar.centre")))
        .hasSizeGreaterThan(5);
  }

  @Test
  void theEnglishReportHasNoAccessibilityViolationEither() {
    browser.open(pages.uri("/report-en.html"));
    browser.waitForId("gaps");

    wholePage();
    browser.check("report-en");

    assertThat(browser.text()).contains("Who has to take the training", "2020 (expected)");
  }
}
