package dk.bif.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatsCommandTest {

  @Test
  void theSampleExamRecordsReproduceTheBriefsParticipationTable() {
    CliRun run = CliRun.of("stats", CliRun.sample("exam-sittings.csv"));

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("            2018    2019    2020")
        .contains("Del 1        277     176     254")
        .contains("Del 2        183     169     123")
        .contains("I alt        460     345     377");
  }

  @Test
  void the2020CostPerParticipantUsesTheBudgetAndTheSubsidy() {
    CliRun run = CliRun.of("stats", CliRun.sample("exam-sittings.csv"), "--from", "2020");

    assertThat(run.out())
        .contains("377 participants")
        .contains("11,141 gross")
        .contains("9,549 net");
  }

  @Test
  void aBadYearIsAUsageErrorWithTheUsageLine() {
    CliRun run = CliRun.of("stats", CliRun.sample("exam-sittings.csv"), "--from", "20x8");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--from expects a year").contains("usage: bif stats");
  }
}
