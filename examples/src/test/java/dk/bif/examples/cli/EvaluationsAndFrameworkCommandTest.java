package dk.bif.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationsAndFrameworkCommandTest {

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

    CliRun export = CliRun.en("framework", "export", "--out", file.toString());
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
}
