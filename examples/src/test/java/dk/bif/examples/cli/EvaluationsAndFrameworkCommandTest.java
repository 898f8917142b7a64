package dk.bif.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationsAndFrameworkCommandTest {

  /** The foreign CASE sample of case-interchange's tests. */
  static final Path FOREIGN =
      Path.of(
          "..",
          "case-interchange",
          "src",
          "test",
          "resources",
          "case-1.1",
          "foreign-framework.json");

  @TempDir Path temp;

  @Test
  void theHalfYearSummaryCoversTheCohortsThatSatTheExamInItsQuarters() {
    CliRun run =
        CliRun.en(
            "evaluations",
            CliRun.sample("evaluations.csv"),
            CliRun.sample("cohorts.csv"),
            "--half-year=2020-H1");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).containsPattern("2020-H1: \\d+ cohorts").contains("2020 Q1", "2020 Q2");
  }

  @Test
  void aTeacherSeesTheirCohortsMeansButNotACohortWithTooFewResponses() throws Exception {
    Path few = temp.resolve("evaluations.csv");
    java.nio.file.Files.writeString(
        few, "cohort,samlet,comment\nhold-x,4,god\nhold-x,5,\nhold-y,3,\nhold-y,4,\nhold-y,5,ok\n");

    CliRun withheld = CliRun.en("evaluations", few.toString(), "--teacher", "hold-x");
    CliRun shown = CliRun.en("evaluations", few.toString(), "--teacher", "hold-y");
    CliRun danish = CliRun.of("evaluations", few.toString(), "--teacher", "hold-y");

    assertThat(withheld.out()).contains("2 responses; withheld from the teacher below 3");
    assertThat(withheld.out()).doesNotContain("god");
    assertThat(shown.out())
        .contains("Cohort hold-y: 3 responses")
        .contains("4.00")
        .contains("- ok");
    assertThat(danish.out()).contains("Hold hold-y: 3 besvarelser").contains("4,00");
  }

  @Test
  void aMissingHalfYearIsAUsageError() {
    CliRun run =
        CliRun.en("evaluations", CliRun.sample("evaluations.csv"), CliRun.sample("cohorts.csv"));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--half-year is required");
  }

  @Test
  void anExportedFrameworkChecksBackWithItsSevenProfiles() {
    Path file = temp.resolve("bif-case.json");

    CliRun export =
        CliRun.en(
            "framework", "export", "--public-url=https://bif.kp.dk", "--out", file.toString());
    CliRun check = CliRun.en("framework", "check", file.toString());
    CliRun gaps =
        CliRun.en(
            "gaps", CliRun.SAMPLES.toString(), "--framework", file.toString(), "--date=2020-11-15");

    assertThat(export.exitCode()).as(export.err()).isZero();
    assertThat(check.out()).contains("7 profiles, 32 competences").contains("virksomheder");
    assertThat(gaps.exitCode()).as(gaps.err()).isZero();
  }

  @Test
  void aFileThatIsNotCaseIsRefusedWithItsName() {
    CliRun run = CliRun.en("framework", "check", CliRun.sample("need.csv"));

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("need.csv: not a CASE package");
  }

  @Test
  void theExportTakesItsUrisFromTheConfiguredPublicAddressAndIsTheSameBytesEachTime()
      throws Exception {
    Map<String, String> env = Map.of("BIF_PUBLIC_URL", "https://bif.kp.dk/");
    Path first = temp.resolve("first.json");
    Path second = temp.resolve("second.json");

    CliRun a =
        CliRun.withEnvironment(CliRun.CLOCK, env, "framework", "export", "--out", first.toString());
    CliRun b =
        CliRun.withEnvironment(
            Clock.offset(CliRun.CLOCK, Duration.ofDays(400)),
            env,
            "framework",
            "export",
            "--out",
            second.toString());

    assertThat(a.exitCode()).as(a.err()).isZero();
    assertThat(b.exitCode()).as(b.err()).isZero();
    assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    assertThat(Files.readString(first))
        .contains("\"uri\" : \"https://bif.kp.dk/ims/case/v1p1/CFDocuments/")
        .contains("\"caseVersion\" : \"1.1\"")
        .doesNotContain("bif.example");
  }

  @Test
  void anExportWithoutAPublicAddressSaysHowToConfigureIt() {
    CliRun run = CliRun.en("framework", "export");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("Set BIF_PUBLIC_URL (or --public-url)");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void checkingAForeignFrameworkListsEveryItemItCannotPlaceAndFails() {
    CliRun run = CliRun.en("framework", "check", FOREIGN.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .contains("Guidance and Employment Competences")
        .contains("2 profiles, 4 competences")
        .contains("6 item(s) cannot be placed:")
        .contains("\"Digital case handling\": it sits directly under the document")
        .contains("1 association(s) other than isChildOf left aside");
    assertThat(run.err()).contains("foreign-framework.json: 6 item(s) cannot be placed");
  }
}
