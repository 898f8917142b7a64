package dk.bif.credentials.badge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import dk.bif.core.competence.BifFramework;
import dk.bif.core.competence.EvidenceMapping;
import dk.bif.credentials.CredentialIssuer;
import dk.bif.credentials.Issuers;
import dk.bif.credentials.PassedExam;
import dk.bif.credentials.Passes;
import dk.bif.interchange.casejson.CaseFramework;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every credential bif issues is an OB 3.0 credential on the VC 2.0 data model. */
class OpenBadgeCredentialSchemaTest {

  static JsonSchema schema;
  static JsonNode vc2;
  static final ObjectMapper MAPPER = new ObjectMapper();

  @BeforeAll
  static void load() throws Exception {
    try (InputStream in =
        OpenBadgeCredentialSchemaTest.class.getResourceAsStream(
            "/ob-3.0/ob_v3p0_achievementcredential_schema.json")) {
      schema =
          JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V201909)
              .getSchema(
                  in, SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
    }
    try (InputStream in =
        OpenBadgeCredentialSchemaTest.class.getResourceAsStream("/ob-3.0/credentials-v2.jsonld")) {
      vc2 = MAPPER.readTree(in).path("@context");
    }
  }

  static Stream<PassedExam> passes() {
    return Stream.of(Passes.del1Diplom(), Passes.del2Akademi(), Passes.del2Kursist());
  }

  static JsonNode issued(PassedExam pass) throws Exception {
    CredentialIssuer kp = Issuers.kp();
    return MAPPER.readTree(CredentialIssuer.payload(kp.issue(pass)));
  }

  @ParameterizedTest
  @MethodSource("passes")
  void everyCredentialValidatesAgainstThePublishedOpenBadges30Schema(PassedExam pass)
      throws Exception {
    JsonNode vc = issued(pass);

    assertThat(schema.validate(vc)).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void theSchemaRefusesACredentialWhoseAchievementHasNoCriteriaOrWhoseIdentityIsMalformed()
      throws Exception {
    com.fasterxml.jackson.databind.node.ObjectNode vc =
        (com.fasterxml.jackson.databind.node.ObjectNode) issued(Passes.del1Diplom());
    ((com.fasterxml.jackson.databind.node.ObjectNode)
            vc.path("credentialSubject").path("achievement"))
        .remove("criteria");
    ((com.fasterxml.jackson.databind.node.ObjectNode)
            vc.path("credentialSubject").path("identifier").get(0))
        .remove("hashed");

    assertThat(schema.validate(vc))
        .anySatisfy(m -> assertThat(m.getMessage()).contains("criteria"))
        .anySatisfy(m -> assertThat(m.getMessage()).contains("hashed"));
  }

  @ParameterizedTest
  @MethodSource("passes")
  void everyCredentialUsesTheVc20ContextFirstAndOnlyTermsItDefines(PassedExam pass)
      throws Exception {
    JsonNode vc = issued(pass);

    assertThat(vc.path("@context").get(0).asText())
        .isEqualTo("https://www.w3.org/ns/credentials/v2");
    assertThat(vc.path("@context").get(1).asText())
        .isEqualTo("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");
    Set<String> defined = new HashSet<>();
    vc2.fieldNames().forEachRemaining(defined::add);
    vc2.path("VerifiableCredential").path("@context").fieldNames().forEachRemaining(defined::add);
    // JWT claims (iss, sub, nbf, …) are defined at the top of the VC 2.0 context
    Set<String> used = new HashSet<>();
    vc.fieldNames().forEachRemaining(used::add);
    used.remove("@context");
    used.remove("issuanceDate"); // kept for the VC 1.1-era schema: see ob-3.0/README.md
    used.remove("jti"); // a registered JWT claim the VC 2.0 context leaves undefined
    assertThat(defined).containsAll(used);
    Set<String> statusTerms = new HashSet<>();
    vc2.path("BitstringStatusListEntry")
        .path("@context")
        .fieldNames()
        .forEachRemaining(statusTerms::add);
    Iterator<String> entry = vc.path("credentialStatus").fieldNames();
    entry.forEachRemaining(t -> assertThat(statusTerms).contains(t));
  }

  @ParameterizedTest
  @MethodSource("passes")
  void theJwtClaimsRepeatTheCredential(PassedExam pass) throws Exception {
    JsonNode vc = issued(pass);

    assertThat(vc.path("iss").asText()).isEqualTo(vc.path("issuer").path("id").asText());
    assertThat(vc.path("jti").asText()).isEqualTo(vc.path("id").asText()).startsWith("urn:uuid:");
    assertThat(vc.path("sub").asText()).isEqualTo(vc.path("credentialSubject").path("id").asText());
    assertThat(java.time.Instant.ofEpochSecond(vc.path("nbf").asLong()))
        .hasToString(vc.path("validFrom").asText());
    assertThat(vc.has("exp")).isFalse();
  }

  @ParameterizedTest
  @MethodSource("passes")
  void theAchievementHasItsCriteriaAndAlignsToTheCaseItemsOfThePartsThemes(PassedExam pass)
      throws Exception {
    JsonNode achievement = issued(pass).path("credentialSubject").path("achievement");

    assertThat(achievement.path("criteria").path("narrative").asText())
        .contains(pass.part().teachingDays() + " undervisningsdage")
        .contains("7-point scale");
    CaseFramework cases = new CaseFramework(Issuers.PUBLIC_URL, "x");
    List<String> expected =
        EvidenceMapping.bifThemes().coveredBy(pass.part().id()).stream()
            .map(c -> cases.competenceItem(BifFramework.fagligheder2017(), c).uri().toString())
            .sorted()
            .toList();
    List<String> aligned = new java.util.ArrayList<>();
    achievement.path("alignment").forEach(a -> aligned.add(a.path("targetUrl").asText()));
    assertThat(aligned).isNotEmpty();
    assertThat(aligned.stream().sorted().toList()).isEqualTo(expected);
    assertThat(achievement.path("alignment"))
        .allSatisfy(a -> assertThat(a.path("targetType").asText()).isEqualTo("CFItem"));
  }

  @ParameterizedTest
  @MethodSource("passes")
  void ectsAreStatedWhereEarnedAndTheGradeCarriesItsEctsLetter(PassedExam pass) throws Exception {
    JsonNode subject = issued(pass).path("credentialSubject");

    if (pass.ects() > 0) {
      assertThat(subject.path("creditsEarned").asInt()).isEqualTo(pass.ects());
      assertThat(subject.path("achievement").path("creditsAvailable").asInt())
          .isEqualTo(pass.ects());
    } else {
      assertThat(subject.has("creditsEarned")).isFalse();
      assertThat(subject.path("achievement").has("creditsAvailable")).isFalse();
      assertThat(subject.path("achievement").path("name").asText()).endsWith("kursusbevis");
    }
    List<String> values = new java.util.ArrayList<>();
    subject.path("result").forEach(r -> values.add(r.path("value").asText()));
    assertThat(values).containsExactly(pass.grade().text(), pass.grade().ectsLetter());
  }

  @ParameterizedTest
  @MethodSource("passes")
  void theIssuerIsTheCollegesProfile(PassedExam pass) throws Exception {
    JsonNode issuer = issued(pass).path("issuer");

    assertThat(issuer.path("id").asText()).isEqualTo("https://bif.kp.dk/bif/issuer");
    assertThat(issuer.path("name").asText()).isEqualTo("Københavns Professionshøjskole");
    assertThat(issuer.path("url").asText()).isEqualTo("https://www.kp.dk");
  }
}
