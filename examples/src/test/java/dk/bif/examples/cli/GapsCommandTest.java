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
  void theSampleCentresAnalysisCountsTheBasicCompetencesAndPlansOnlyWhatTheLevelAllows()
      throws IOException {
    CliRun run = CliRun.of("gaps", CliRun.SAMPLES.toString(), "--json", "--date=2020-11-15");

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.path("centre").asText()).isEqualTo("JC-Nord");
    assertThat(json.path("staff").asInt()).isEqualTo(123);
    assertThat(json.path("profiles")).hasSize(7);
    JsonNode basis = json.path("profiles").get(0);
    assertThat(basis.path("kind").asText()).isEqualTo("BASIC");
    assertThat(basis.path("needed").asInt()).isEqualTo(123);
    assertThat(basis.path("gap").asInt()).isPositive();
    assertThat(json.path("benchmark")).hasSize(6);
    int gap = 0;
    int candidates = 0;
    for (JsonNode p : json.path("profiles")) {
      gap += p.path("gap").asInt();
      candidates += p.path("candidates").size();
    }
    assertThat(gap).isPositive().isEqualTo(candidates);
    assertThat(json.path("cost").path("kroner").asLong()).isPositive();
    boolean notAdmitted = false;
    for (JsonNode plan : json.path("plans")) {
      notAdmitted |= plan.path("notAdmitted").size() > 0;
    }
    assertThat(notAdmitted).as("some plan passes over a diploma module").isTrue();
  }

  @Test
  void theTableShowsNeededMatchingAndGapWithNamesInTheOutputsLanguage() {
    CliRun danish = CliRun.of("gaps", CliRun.SAMPLES.toString(), "--date=2020-11-15");
    CliRun english = CliRun.en("gaps", CliRun.SAMPLES.toString(), "--date=2020-11-15");

    assertThat(danish.out()).contains("PROFIL", "BEHOV", "MATCHER", "MANGLER", "Basiskompetencer");
    assertThat(danish.out())
        .containsPattern("[A-ZÆØÅ][a-zæøå]+ [A-ZÆØÅ][a-zæøå]+ \\(nord-\\d{3}\\)");
    assertThat(english.out())
        .contains("PROFILE", "NEEDED", "Basic competences", "Development plans");
  }

  @Test
  void aBadRatingIsReportedWithItsFileAndLineAndTheGoodOnesAreUsed() throws IOException {
    Path centre = copyOfSamples();
    Files.writeString(
        centre.resolve("ratings.csv"),
        "employee,competence,level,role,rater,date,note\n"
            + "nord-001,basis.01,2,SELF,nord-001,2020-09-11,\n"
            + "nord-001,basis.01,9,LEADER,nord-leder-1,2020-10-01,\n"
            + "nord-001,basis.02,3,SELF,nord-001,2020-09-11,\n");

    CliRun run = CliRun.en("gaps", centre.toString(), "--json");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .contains(centre.resolve("ratings.csv") + ":3: ")
        .contains("1..4")
        .doesNotContain("Exception");
    assertThat(new ObjectMapper().readTree(run.out()).path("assessedEmployees").asInt())
        .isEqualTo(123);
  }

  @Test
  void anUnknownNeedBandNamesTheCellAndTheBands() throws IOException {
    Path centre = copyOfSamples();
    Files.writeString(centre.resolve("need.csv"), "profile,need\nvirksomheder,lots\n");

    CliRun run = CliRun.en("gaps", centre.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("need.csv:2: 'lots' is neither").contains(">20%");
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
