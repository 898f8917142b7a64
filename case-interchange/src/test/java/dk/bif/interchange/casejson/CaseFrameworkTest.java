package dk.bif.interchange.casejson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dk.bif.core.competence.BifFramework;
import dk.bif.core.competence.Competence;
import dk.bif.core.competence.CompetenceFramework;
import dk.bif.core.competence.CompetenceId;
import dk.bif.core.competence.Profile;
import java.io.InputStream;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CaseFrameworkTest {

  static final Instant CHANGED = Instant.parse("2021-03-01T10:15:30Z");
  static JsonSchema schema;

  private final ObjectMapper mapper = new ObjectMapper();
  private final CaseFramework cases =
      new CaseFramework("https://bif.kp.dk/", "Beskæftigelses- og Integrationsforvaltningen");
  private final CompetenceFramework bif = BifFramework.fagligheder2017();

  @BeforeAll
  static void loadSchema() throws Exception {
    try (InputStream in =
        CaseFrameworkTest.class.getResourceAsStream("/case-1.1/cfpackage.schema.json")) {
      schema =
          JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
              .getSchema(
                  in, SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
    }
  }

  @Test
  void theExportValidatesAgainstTheCase11Schema() throws Exception {
    JsonNode exported = mapper.readTree(cases.export(bif, CHANGED));

    Set<ValidationMessage> errors = schema.validate(exported);

    assertThat(errors).isEmpty();
    assertThat(exported.path("CFItems")).hasSize(bif.profiles().size() + bif.competences().size());
    assertThat(exported.path("CFAssociations"))
        .allSatisfy(a -> assertThat(a.path("associationType").asText()).isEqualTo("isChildOf"));
  }

  @Test
  void theSchemaRejectsAnItemWithoutAUuidIdentifier() throws Exception {
    ObjectNode exported = (ObjectNode) mapper.readTree(cases.export(bif, CHANGED));
    ((ObjectNode) exported.path("CFItems").get(0)).put("identifier", "virksomheder");

    assertThat(schema.validate(exported))
        .anySatisfy(m -> assertThat(m.getMessage()).contains("identifier"));
  }

  @Test
  void aFrameworkSurvivesTheRoundTripWithItsIdsTextsAndScale() {
    CompetenceFramework back = CaseFramework.importFramework(cases.export(bif, CHANGED));

    assertThat(back.id()).isEqualTo(bif.id());
    assertThat(back.title()).isEqualTo(bif.title());
    assertThat(back.version()).isEqualTo(bif.version());
    assertThat(back.scale()).isEqualTo(bif.scale());
    assertThat(back.profiles()).containsExactlyElementsOf(bif.profiles());
  }

  @Test
  void exportingTwiceGivesTheSameIdentifiers() {
    assertThat(cases.export(bif, CHANGED)).isEqualTo(cases.export(bif, CHANGED));
    assertThat(cases.export(bif, CHANGED))
        .contains(
            java.util
                .UUID
                .nameUUIDFromBytes(
                    "dk.bif:bif-fagligheder-2017:competence:basis.01"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .toString());
  }

  @Test
  void aForeignCaseFrameworkWithoutOurExtensionsImportsWithDanishAsEnglishAndTheDefaultScale()
      throws Exception {
    ObjectNode exported = (ObjectNode) mapper.readTree(cases.export(bif, CHANGED));
    ((ObjectNode) exported.path("CFDocument")).remove("extensions");
    exported.path("CFItems").forEach(i -> ((ObjectNode) i).remove("extensions"));

    CompetenceFramework back = CaseFramework.importFramework(mapper.writeValueAsString(exported));

    Profile basis = back.profiles().get(0);
    Competence first = basis.competences().get(0);
    assertThat(first.statement().en()).isEqualTo(first.statement().da());
    assertThat(back.scale().maxRank()).isEqualTo(4);
    assertThat(basis.kind()).isEqualTo(dk.bif.core.competence.ProfileKind.BASIC);
  }

  @Test
  void anItemWithoutAHumanCodingSchemeIsKnownByItsIdentifier() throws Exception {
    ObjectNode exported = (ObjectNode) mapper.readTree(cases.export(bif, CHANGED));
    ObjectNode item = (ObjectNode) exported.path("CFItems").get(1);
    item.remove("humanCodingScheme");
    String id = item.path("identifier").asText();

    CaseImport read = CaseFramework.read(mapper.writeValueAsString(exported));

    assertThat(read.unplaced()).isEmpty();
    assertThat(read.framework().competence(CompetenceId.of(id))).isPresent();
  }

  @Test
  void brokenJsonAndAPackageWithoutADocumentAreRefusedWithoutAStackTraceInTheMessage() {
    assertThatThrownBy(() -> CaseFramework.importFramework("{\"CFDocument\": "))
        .isInstanceOf(CaseFormatException.class)
        .hasMessageStartingWith("not a CASE package")
        .hasMessageNotContaining("\n");
    assertThatThrownBy(() -> CaseFramework.importFramework("{}"))
        .hasMessageContaining("no CFDocument");
  }
}
