package dk.bif.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.bif.core.catalogue.CourseCatalogue;
import dk.bif.core.competence.BifFramework;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogueJsonTest {

  @TempDir Path temp;

  @Test
  void theSampleCatalogueLoads() throws Exception {
    CourseCatalogue catalogue =
        CatalogueJson.read(
            CliRun.SAMPLES.resolve("catalogue.json"), BifFramework.fagligheder2017());

    assertThat(catalogue.entries()).hasSizeGreaterThan(5);
  }

  @Test
  void aWrongFieldIsNamedWithItsEntryNumberAndId() throws IOException {
    assertThatThrownBy(() -> read(entry("\"ects\": \"ten\"")))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("entry 1 (id 'x'), field 'ects': expected a whole number");
    assertThatThrownBy(() -> read(entry("\"ects\": 0, \"format\": \"PIGEON\"")))
        .hasMessageContaining("'PIGEON' is not one of");
    assertThatThrownBy(() -> read(entry("\"ects\": 10")))
        .hasMessageContaining("ects 10 given for an entry that is not credit-giving");
  }

  @Test
  void aCompetenceOutsideTheFrameworkAndBrokenJsonAreRefused() throws IOException {
    assertThatThrownBy(() -> read(entry("\"ects\": 0, \"competences\": [\"jura.1\"]")))
        .hasMessageContaining("'jura.1'");
    assertThatThrownBy(() -> read("[{"))
        .hasMessageStartingWith("cannot read catalogue.json as JSON");
    assertThatThrownBy(() -> read("{}")).hasMessageContaining("expected a JSON array");
  }

  private CourseCatalogue read(String json) throws Exception {
    Path file = temp.resolve("catalogue.json");
    Files.writeString(file, json);
    return CatalogueJson.read(file, BifFramework.fagligheder2017());
  }

  private static String entry(String extra) {
    String base =
        "\"id\": \"x\", \"provider\": \"P\", \"title\": {\"da\": \"t\", \"en\": \"t\"},"
            + " \"creditGiving\": false, \"levels\": [], \"sessions\": 1, \"weeks\": 1,"
            + " \"profiles\": [\"udvikling\"]";
    if (!extra.contains("format")) {
      base += ", \"format\": \"ONLINE\"";
    }
    return "[{" + base + ", " + extra + "}]";
  }
}
