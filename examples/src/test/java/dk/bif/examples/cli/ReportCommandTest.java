package dk.bif.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

  @TempDir Path temp;

  @Test
  void theReportIsOneSelfContainedFileWithChartsForEverySection() throws IOException {
    Path html = temp.resolve("report.html");

    CliRun run = CliRun.of("report", CliRun.SAMPLES.toString(), "--out", html.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    String page = Files.readString(html);
    assertThat(page)
        .startsWith("<!DOCTYPE html>")
        .contains("Deltagere pr. år og del", "Beståelsesprocent", "landsbilledet", "pr. kvartal")
        .contains("<td>277</td><td>176</td><td>254</td>");
    assertThat(page.split("<svg", -1)).hasSizeGreaterThan(4);
    assertThat(page).doesNotContain("<script", "src=\"http", "href=\"http", "<link");
  }

  @Test
  void textFromTheDataIsEscapedNotRun() throws IOException {
    Path centre = temp.resolve("centre");
    Files.createDirectories(centre);
    try (var files = Files.list(CliRun.SAMPLES)) {
      for (Path f : files.toList()) {
        Files.copy(f, centre.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    Files.writeString(
        centre.resolve("evaluations.csv"),
        "cohort,samlet,comment\nhold-2020-01,4,\"<script>alert('x')</script> & mere\"\n");
    Path html = temp.resolve("report.html");

    CliRun run =
        CliRun.of("report", centre.toString(), "--out", html.toString(), "--half-year", "2020-H1");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Files.readString(html))
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; mere")
        .doesNotContain("<script>");
  }

  @Test
  void theOutputFileIsRequired() {
    CliRun run = CliRun.of("report", CliRun.SAMPLES.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--out is required");
  }
}
