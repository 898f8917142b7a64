package dk.bif.interchange.casejson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import dk.bif.core.competence.BifFramework;
import dk.bif.core.competence.CompetenceFramework;
import dk.bif.core.competence.CompetenceId;
import dk.bif.core.competence.ProfileId;
import dk.bif.interchange.casejson.CaseImport.UnplacedItem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** CASE 1.1: definitions, configured URIs, change times, round trips, foreign frameworks. */
class Case11ExportAndForeignImportTest {

  static final String FOREIGN = "/case-1.1/foreign-framework.json";
  static JsonSchema schema;

  private final ObjectMapper mapper = new ObjectMapper();
  private final CaseFramework cases =
      new CaseFramework("https://bif.kp.dk", "Beskæftigelses- og Integrationsforvaltningen");
  private final CompetenceFramework bif = BifFramework.fagligheder2017();

  @BeforeAll
  static void loadSchema() throws Exception {
    try (InputStream in =
        Case11ExportAndForeignImportTest.class.getResourceAsStream(
            "/case-1.1/cfpackage.schema.json")) {
      schema =
          JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
              .getSchema(
                  in, SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
    }
  }

  static String resource(String name) throws IOException {
    try (InputStream in = Case11ExportAndForeignImportTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void theExportDeclaresCase11AndDefinesEveryItemTypeAndGroupingItUses() throws Exception {
    JsonNode exported = mapper.readTree(cases.export(bif, BifFramework.LAST_CHANGED));

    assertThat(exported.path("CFDocument").path("caseVersion").asText()).isEqualTo("1.1");
    Set<String> types = new HashSet<>();
    exported
        .path("CFDefinitions")
        .path("CFItemTypes")
        .forEach(t -> types.add(t.path("identifier").asText()));
    Set<String> groupings = new HashSet<>();
    exported
        .path("CFDefinitions")
        .path("CFAssociationGroupings")
        .forEach(g -> groupings.add(g.path("identifier").asText()));
    assertThat(types).hasSize(3);
    assertThat(groupings).hasSize(2);
    assertThat(exported.path("CFItems"))
        .allSatisfy(
            i -> assertThat(types).contains(i.path("CFItemTypeURI").path("identifier").asText()));
    assertThat(exported.path("CFAssociations"))
        .allSatisfy(
            a ->
                assertThat(groupings)
                    .contains(a.path("CFAssociationGroupingURI").path("identifier").asText()));
    assertThat(schema.validate(exported)).isEmpty();
  }

  @Test
  void everyUriStartsWithTheConfiguredBaseAndNoneWithTheOldFixedOne() {
    String exported =
        new CaseFramework("https://kompetencer.kk.dk/bif/", "BIF").export(bif, Instant.EPOCH);

    assertThat(exported).doesNotContain("bif.example");
    String[] afterUri = exported.split("\"uri\" : \"", -1);
    assertThat(afterUri.length).isGreaterThan(100);
    assertThat(java.util.Arrays.asList(afterUri).subList(1, afterUri.length))
        .allSatisfy(rest -> assertThat(rest).startsWith("https://kompetencer.kk.dk/bif/ims/case/"));
  }

  @Test
  void aBaseUriThatIsNotAbsoluteHttpIsRefusedNamingWhatWasGiven() {
    assertThatThrownBy(() -> new CaseFramework("bif.kp.dk", "BIF"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'bif.kp.dk'")
        .hasMessageContaining("absolute http(s) URI");
  }

  @Test
  void everyObjectCarriesTheMomentTheFrameworkChangedNotTheMomentOfExport() throws Exception {
    JsonNode exported =
        mapper.readTree(cases.export(bif, Instant.parse("2026-12-01T08:04:19.750Z")));

    List<JsonNode> stamped = new java.util.ArrayList<>();
    stamped.add(exported.path("CFDocument"));
    exported.path("CFItems").forEach(stamped::add);
    exported.path("CFAssociations").forEach(stamped::add);
    exported.path("CFDefinitions").path("CFItemTypes").forEach(stamped::add);
    exported.path("CFDefinitions").path("CFAssociationGroupings").forEach(stamped::add);
    assertThat(stamped)
        .allSatisfy(
            o ->
                assertThat(o.path("lastChangeDateTime").asText())
                    .isEqualTo("2026-12-01T08:04:19Z"));
  }

  @Test
  void anExportOfAnUnchangedFrameworkIsByteIdenticalAlsoAfterARoundTrip() {
    String first = cases.export(bif, BifFramework.LAST_CHANGED);

    CaseImport back = CaseFramework.read(first);
    String again = cases.export(back.framework(), back.lastChange().orElseThrow());

    assertThat(again).isEqualTo(first);
    assertThat(back.lastChange()).contains(BifFramework.LAST_CHANGED);
    assertThat(back.unplaced()).isEmpty();
    assertThat(back.ignoredAssociations()).isZero();
  }

  @Test
  void aCompetencesCaseItemLinkIsTheItemTheExportGivesIt() throws Exception {
    JsonNode exported = mapper.readTree(cases.export(bif, BifFramework.LAST_CHANGED));

    CaseItemLink link = cases.competenceItem(bif, CompetenceId.of("basis.01"));

    JsonNode item = null;
    for (JsonNode i : exported.path("CFItems")) {
      if (i.path("humanCodingScheme").asText().equals("basis.01")) {
        item = i;
      }
    }
    assertThat(item).isNotNull();
    assertThat(link.identifier()).isEqualTo(item.path("identifier").asText());
    assertThat(link.uri()).hasToString(item.path("uri").asText());
    assertThat(link.fullStatement()).isEqualTo(item.path("fullStatement").asText());
    assertThatThrownBy(() -> cases.competenceItem(bif, CompetenceId.of("nope.1")))
        .hasMessageContaining("'nope.1'");
  }

  @Test
  void theForeignSampleIsValidCase11() throws Exception {
    assertThat(schema.validate(mapper.readTree(resource(FOREIGN)))).isEmpty();
  }

  @Test
  void aForeignFrameworkImportsWhatFitsAndReportsEveryItemItCannotPlace() throws Exception {
    CaseImport read = CaseFramework.read(resource(FOREIGN));

    CompetenceFramework framework = read.framework();
    assertThat(framework.title().da()).isEqualTo("Guidance and Employment Competences");
    assertThat(framework.version()).isEqualTo("2.3");
    assertThat(framework.profiles())
        .extracting(p -> p.id())
        .containsExactly(ProfileId.of("GC"), ProfileId.of("EMP"));
    assertThat(framework.profiles().get(0).competences())
        .extracting(c -> c.id().value())
        .containsExactly("GC.1", "GC.2");
    assertThat(framework.profiles().get(1).competences())
        .extracting(c -> c.id().value())
        .containsExactly("EMP.1", "5a00003c-0000-4000-8000-00000000003c");
    assertThat(read.lastChange()).contains(Instant.parse("2023-05-10T12:00:00Z"));
    assertThat(read.ignoredAssociations()).isEqualTo(1);
    assertThat(read.unplaced())
        .extracting(UnplacedItem::statement, UnplacedItem::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "Names at least one next step with a date",
                "it sits below the competence 'Agree on next steps and write them down': bif keeps"
                    + " three levels, framework → profile → competence"),
            org.assertj.core.groups.Tuple.tuple(
                "Match a candidate to a vacancy",
                "its code 'GC.1' is already used by CFItem 5a00000b-0000-4000-8000-00000000000b"),
            org.assertj.core.groups.Tuple.tuple(
                "Digital case handling",
                "it sits directly under the document but has no items under it: a profile needs"
                    + " competences"),
            org.assertj.core.groups.Tuple.tuple(
                "Use the labour-market statistics of the region",
                "no chain of isChildOf leads from it to the CFDocument"),
            org.assertj.core.groups.Tuple.tuple(
                "Refer a citizen to an education guidance service",
                "it isChildOf 5a0003e7-0000-4000-8000-0000000003e7, which is neither the"
                    + " CFDocument nor a CFItem of the package"),
            org.assertj.core.groups.Tuple.tuple(
                "Follow up on a placement after a month",
                "it is also isChildOf 5a00000a-0000-4000-8000-00000000000a; bif keeps it only"
                    + " under 5a000014-0000-4000-8000-000000000014"));
  }

  @Test
  void theStrictImportRefusesAForeignFrameworkNamingTheFirstItemLeftOutAndHowMany()
      throws Exception {
    String foreign = resource(FOREIGN);

    assertThatThrownBy(() -> CaseFramework.importFramework(foreign))
        .isInstanceOf(CaseFormatException.class)
        .hasMessageStartingWith("6 item(s) cannot be placed")
        .hasMessageContaining("Names at least one next step with a date");
  }

  @Test
  void aPackageWithNothingThatCanBeAProfileIsRefused() {
    String onlyDocument =
        "{\"CFDocument\":{\"identifier\":\"5a000001-0000-4000-8000-000000000001\","
            + "\"title\":\"Empty\"},\"CFItems\":[{\"identifier\":\"x\",\"fullStatement\":\"X\"}]}";

    assertThatThrownBy(() -> CaseFramework.read(onlyDocument))
        .isInstanceOf(CaseFormatException.class)
        .hasMessageContaining("has no CFItem under it")
        .hasMessageContaining("1 items left out");
  }
}
