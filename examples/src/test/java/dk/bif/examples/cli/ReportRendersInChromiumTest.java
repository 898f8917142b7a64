package dk.bif.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.bif.examples.browser.Browser;
import dk.bif.examples.browser.Chromium;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the report in headless Chromium and saves a PNG screenshot (under {@code
 * target/screenshots/report.png}). Where Chromium is missing it is skipped as every browser test is
 * ({@link Chromium#require()}: skipped with the install hint, failed on CI).
 */
class ReportRendersInChromiumTest {

  /** A safety net so a hung browser cannot hang the build; not a timing assertion. */
  static final long GIVE_UP_AFTER_SECONDS = 180;

  @TempDir Path temp;

  @Test
  void theReportRendersInHeadlessChromiumToANonEmptyScreenshot() throws Exception {
    Chromium installed = Chromium.require();
    Path html = temp.resolve("report.html");
    CliRun run = CliRun.of("report", CliRun.SAMPLES.toString(), "--out", html.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    Path png = Browser.screenshotDir().resolve("report.png");
    Files.createDirectories(png.getParent());
    Files.deleteIfExists(png);

    Process chromium =
        new ProcessBuilder(
                List.of(
                    installed.binary().toString(),
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--hide-scrollbars",
                    "--user-data-dir=" + temp.resolve("profile"),
                    "--window-size=1200,2400",
                    "--screenshot=" + png,
                    html.toUri().toString()))
            .redirectErrorStream(true)
            .redirectOutput(temp.resolve("chromium.log").toFile())
            .start();
    boolean finished = chromium.waitFor(GIVE_UP_AFTER_SECONDS, TimeUnit.SECONDS);
    if (!finished) {
      chromium.destroyForcibly();
    }

    assertThat(finished).as("chromium finished; log: %s", log()).isTrue();
    assertThat(png).as("screenshot written; log: %s", log()).exists();
    byte[] bytes = Files.readAllBytes(png);
    assertThat(bytes).startsWith(0x89, 'P', 'N', 'G');
    // the charts rendered: the Del 1 bars' colour fills a good many pixels
    java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
    assertThat(countPixels(image, 0x1f5f8b)).isGreaterThan(1_000);
  }

  private static int countPixels(java.awt.image.BufferedImage image, int rgb) {
    int count = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int p = image.getRGB(x, y);
        // a few steps of tolerance per channel for colour management
        if (Math.abs(((p >> 16) & 0xff) - ((rgb >> 16) & 0xff)) <= 4
            && Math.abs(((p >> 8) & 0xff) - ((rgb >> 8) & 0xff)) <= 4
            && Math.abs((p & 0xff) - (rgb & 0xff)) <= 4) {
          count++;
        }
      }
    }
    return count;
  }

  private String log() {
    try {
      return Files.readString(temp.resolve("chromium.log"));
    } catch (IOException e) {
      return "(no log)";
    }
  }
}
