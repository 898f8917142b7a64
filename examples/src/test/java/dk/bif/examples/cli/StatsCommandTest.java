package dk.bif.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatsCommandTest {

  @Test
  void theSampleExamRecordsReproduceTheBriefsParticipationTable() {
    CliRun run = CliRun.en("stats", CliRun.sample("exam-sittings.csv"));

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .containsPattern("2018\\s+2019\\s+2020")
        .containsPattern("Del 1\\s+277\\s+176\\s+254")
        .containsPattern("Del 2\\s+183\\s+169\\s+123")
        .containsPattern("Total\\s+460\\s+345\\s+377");
  }

  @Test
  void the2020CostPerParticipantUsesTheBudgetAndTheSubsidyInTheOutputsNumbers() {
    CliRun english = CliRun.en("stats", CliRun.sample("exam-sittings.csv"), "--from=2020");
    CliRun danish = CliRun.of("stats", CliRun.sample("exam-sittings.csv"), "--from", "2020");

    assertThat(english.out())
        .contains("377 participants")
        .contains("DKK 11,141 gross")
        .contains("DKK 9,549 net");
    assertThat(danish.out()).contains("377 deltagere").contains("11.141 kr. brutto");
  }

  @Test
  void aBadYearIsAUsageErrorWithTheUsage() {
    CliRun run = CliRun.en("stats", CliRun.sample("exam-sittings.csv"), "--from", "20x8");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("expects a year like 2018").contains("Usage: bif stats");
  }
}
