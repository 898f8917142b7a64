package dk.bif.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GapsCommandTest {

  @TempDir Path temp;

  @Test
  void theSampleCentresAnalysisListsEveryProfileWithItsGapAndThePlansThatCloseIt()
      throws IOException {
    CliRun run = CliRun.of("gaps", CliRun.SAMPLES.toString(), "--json");

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.path("centre").asText()).isEqualTo("JC-Nord");
    assertThat(json.path("staff").asInt()).isEqualTo(120);
    assertThat(json.path("profiles")).hasSize(7);
    assertThat(json.path("benchmark")).hasSize(6);
    JsonNode firstCandidate = null;
    for (JsonNode p : json.path("profiles")) {
      if (p.path("candidates").size() > 0) {
        firstCandidate = p.path("candidates").get(0);
        break;
      }
    }
    assertThat(firstCandidate).isNotNull();
    assertThat(firstCandidate.path("rankedInitiatives").size()).isPositive();
    int gap = 0;
    int candidates = 0;
    for (JsonNode p : json.path("profiles")) {
      gap += p.path("gap").asInt();
      candidates += p.path("candidates").size();
    }
    assertThat(gap).isPositive().isEqualTo(candidates);
    assertThat(json.path("plans").get(0).path("items").get(0).path("due").asText())
        .isGreaterThan("2021-03-01");
  }

  @Test
  void theTableShowsNeededMatchingAndGap() {
    CliRun run = CliRun.of("gaps", CliRun.SAMPLES.toString());

    assertThat(run.out()).contains("profile", "needed", "matching", "gap", "virksomheder");
  }

  @Test
  void aRatingOffTheScaleIsReportedWithItsFileAndLine() throws IOException {
    Path centre = copyOfSamples();
    Files.writeString(
        centre.resolve("ratings.csv"),
        "employee,competence,level,role,rater,date,note\n"
            + "nord-001,basis.01,2,SELF,nord-001,2021-01-11,\n"
            + "nord-001,basis.01,9,LEADER,nord-leder-1,2021-02-01,\n");

    CliRun run = CliRun.of("gaps", centre.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .contains("ratings.csv line 3")
        .contains("1..4")
        .doesNotContain("Exception");
  }

  @Test
  void anUnknownNeedBandNamesTheCellAndTheBands() throws IOException {
    Path centre = copyOfSamples();
    Files.writeString(centre.resolve("need.csv"), "profile,need\nvirksomheder,lots\n");

    CliRun run = CliRun.of("gaps", centre.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("need.csv line 2, column 'need'").contains(">20%");
  }

  private Path copyOfSamples() throws IOException {
    Path centre = temp.resolve("centre");
    Files.createDirectories(centre);
    try (var files = Files.list(CliRun.SAMPLES)) {
      for (Path f : files.toList()) {
        Files.copy(f, centre.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    return centre;
  }
}
