package dk.bif.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The centre head's report: the centre's own figures, the administration's beside them. */
class ReportCommandTest {

  @TempDir Path temp;

  private String report(String... extra) throws IOException {
    Path html = temp.resolve("report.html");
    String[] args = new String[extra.length + 7];
    args[0] = "report";
    args[1] = CliRun.SAMPLES.toString();
    args[2] = "--out=" + html;
    args[3] = "--administration";
    args[4] = CliRun.STAFF.toString();
    args[5] = "--date";
    args[6] = "2020-11-15";
    System.arraycopy(extra, 0, args, 7, extra.length);
    CliRun run = CliRun.of(args);
    assertThat(run.exitCode()).as(run.err()).isZero();
    return Files.readString(html);
  }

  @Test
  void theReportIsOneSelfContainedFileWithEverySectionForTheHeadOfCentre() throws IOException {
    String page = report();

    assertThat(page)
        .startsWith("<!DOCTYPE html>")
        .contains("<html lang=\"da\">")
        .contains("BIF-uddannelsen i JC-Nord: rapport til centerchefen")
        .contains("Hvem skal have uddannelsen", "Andel af centrets medarbejdere gennem del 1")
        .contains("Udviklingsplaner og deres pris", "Optjente ECTS", "Deltagere pr. år")
        .contains("Evalueringer af centrets hold", "Kompetencegab, basiskompetencerne medregnet");
    assertThat(page).doesNotContain("<script", "src=\"http", "href=\"http", "<link");
  }

  @Test
  void theCentresOwnFiguresStandBesideTheAdministrationsLabelledSo() throws IOException {
    String page = report();

    assertThat(page).contains("Centret</th>", "Administrationen</th>");
    // the staff employed on the report's day, not those hired later
    assertThat(page).containsPattern("hele forvaltningen, \\d+ medarbejdere");
    assertThat(page).doesNotContain("hele forvaltningen, 463 medarbejdere");
    // the centre's participants are not the administration's 277, 176 and 254 under its name
    assertThat(page).contains("<td class=\"num\">460</td>", "<td class=\"num\">345</td>");
    assertThat(page).doesNotContain("<td class=\"num\">277</td>");
  }

  @Test
  void whoIsOverdueIsListedFirstWithTheDueDateAndAllAttemptsUsedWithWhatHappensNext()
      throws IOException {
    String page = report();

    assertThat(page).contains("class=\"overdue\"", "overskredet (frist ");
    assertThat(page).contains("alle 3 forsøg brugt", "Næste skridt:");
    assertThat(page.indexOf("class=\"overdue\"")).isLessThan(page.indexOf("class=\"due\""));
  }

  @Test
  void theExpectedYearIsMarkedAndSharesOfNoneSayNoneNotZeroPercent() throws IOException {
    String page = report();

    assertThat(page).contains("2020 (forventet)").doesNotContain("2019 (forventet)");
    assertThat(page).doesNotContain("0,0 % (0 af 0)");
    assertThat(page).containsPattern("\\d+,\\d %");
  }

  @Test
  void aDropInTheCentresEvaluationsAgainstTheHalfYearBeforeIsFlagged() throws IOException {
    String page = report();

    assertThat(page).contains("2020-H2", "2020-H1", "▼ fald");
  }

  @Test
  void theBasicCompetencesAreInTheGapsForEveryEmployee() throws IOException {
    assertThat(report()).contains("Basiskompetencer (alle medarbejdere)");
  }

  @Test
  void theReportIsInEnglishWithLangEn() throws IOException {
    String page = report("--lang=en");

    assertThat(page)
        .contains("<html lang=\"en\">", "report for the head of centre", "2020 (expected)")
        .containsPattern("\\d+\\.\\d%");
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
    String staff = Files.readString(centre.resolve("employees.csv"));
    Files.writeString(
        centre.resolve("employees.csv"),
        staff.replaceFirst(
            "\nnord-012,[^,]*,", "\nnord-012,\"<script>alert('x')</script> & Co\","));
    Path html = temp.resolve("report.html");

    CliRun run =
        CliRun.of("report", centre.toString(), "--out", html.toString(), "--date", "2020-11-15");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Files.readString(html))
        .contains("&lt;script&gt;alert('x')&lt;/script&gt; &amp; Co")
        .doesNotContain("<script>");
  }

  @Test
  void theOutputFileIsRequired() {
    CliRun run = CliRun.en("report", CliRun.SAMPLES.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Missing required option: '--out=<report.html>'");
  }
}
