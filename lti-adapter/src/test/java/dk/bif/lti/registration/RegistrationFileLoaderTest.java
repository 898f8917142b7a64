package dk.bif.lti.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegistrationFileLoaderTest {
  private final RegistrationFileLoader loader = new RegistrationFileLoader();

  @Test
  void aValidFileGivesOneRegistrationPerEntryKeyedByIssuerAndClientId() throws Exception {
    // given
    String json =
        """
        {"registrations": [
          {"issuer": "https://canvas.instructure.com", "clientId": "1001",
           "deploymentIds": ["d1", "d2"],
           "authorizationEndpoint": "https://sso.canvaslms.com/api/lti/authorize_redirect",
           "tokenEndpoint": "https://sso.canvaslms.com/login/oauth2/token",
           "keySetUrl": "https://sso.canvaslms.com/api/lti/security/jwks"},
          {"issuer": "https://canvas.instructure.com", "clientId": "1002",
           "deploymentIds": ["d3"],
           "authorizationEndpoint": "https://sso.canvaslms.com/api/lti/authorize_redirect",
           "tokenEndpoint": "https://sso.canvaslms.com/login/oauth2/token",
           "tokenAudience": "https://canvas.instructure.com/login/oauth2/token",
           "staticKeys": {"keys": []}}
        ]}
        """;

    // when
    List<PlatformRegistration> registrations = loader.parse(json, "test.json");

    // then
    assertThat(registrations).hasSize(2);
    PlatformRegistration first = registrations.get(0);
    assertThat(first.key())
        .isEqualTo(
            new RegistrationKey(Issuer.of("https://canvas.instructure.com"), ClientId.of("1001")));
    assertThat(first.deploymentIds())
        .containsExactlyInAnyOrder(DeploymentId.of("d1"), DeploymentId.of("d2"));
    assertThat(first.keySource())
        .isEqualTo(
            new PlatformKeySource.KeySetUrl(
                URI.create("https://sso.canvaslms.com/api/lti/security/jwks")));
    assertThat(first.clientAssertionAudience())
        .isEqualTo("https://sso.canvaslms.com/login/oauth2/token");
    assertThat(registrations.get(1).clientAssertionAudience())
        .isEqualTo("https://canvas.instructure.com/login/oauth2/token");
    assertThat(registrations.get(1).keySource()).isInstanceOf(PlatformKeySource.StaticKeys.class);
  }

  @Test
  void everyBadFieldIsReportedWithItsPathInTheFile() {
    // given
    String json =
        """
        {"registrations": [
          {"issuer": "", "clientId": "1001", "deploymentIds": [],
           "authorizationEndpoint": "not a url", "tokenEndpoint": "https://lms/token"},
          {"issuer": "https://lms", "clientId": " ", "deploymentIds": ["ok", ""],
           "authorizationEndpoint": "https://lms/auth", "tokenEndpoint": "https://lms/token",
           "keySetUrl": "https://lms/jwks", "staticKeys": {"keys": []}}
        ]}
        """;

    // when
    InvalidRegistrationsException e =
        catchThrowableOfType(
            InvalidRegistrationsException.class, () -> loader.parse(json, "bad.json"));

    // then
    assertThat(e.problems())
        .anySatisfy(p -> assertThat(p).startsWith("registrations[0].issuer: is required"))
        .anySatisfy(p -> assertThat(p).startsWith("registrations[0].deploymentIds: is required"))
        .anySatisfy(
            p ->
                assertThat(p)
                    .startsWith("registrations[0].authorizationEndpoint: must be an absolute"))
        .anySatisfy(p -> assertThat(p).startsWith("registrations[0].keySource: give exactly one"))
        .anySatisfy(p -> assertThat(p).startsWith("registrations[1].clientId: is required"))
        .anySatisfy(
            p -> assertThat(p).startsWith("registrations[1].deploymentIds[1]: must be a non-blank"))
        .anySatisfy(p -> assertThat(p).startsWith("registrations[1].keySource: give exactly one"))
        .hasSize(7);
    assertThat(e.getMessage()).startsWith("bad.json: 7 problem(s)");
  }

  @Test
  void aMisspeltFieldIsReportedByNameAndLine() {
    // given
    String json = "{\"registrations\": [\n {\"isuer\": \"https://lms\"}]}";

    // when
    InvalidRegistrationsException e =
        catchThrowableOfType(
            InvalidRegistrationsException.class, () -> loader.parse(json, "typo.json"));

    // then
    assertThat(e.problems())
        .singleElement()
        .asString()
        .startsWith("registrations[0].isuer: line 2")
        .contains("isuer");
  }

  @Test
  void malformedJsonIsReportedWithLineAndColumn() {
    InvalidRegistrationsException e =
        catchThrowableOfType(
            InvalidRegistrationsException.class,
            () -> loader.parse("{\"registrations\": [\n  {,}]}", "x.json"));
    assertThat(e.problems()).singleElement().asString().contains("line 2, column 4");
  }

  @Test
  void aFileIsReadAndItsProblemsNameTheFile(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path file = dir.resolve("registrations.json");
    java.nio.file.Files.writeString(file, "{\"registrations\": []}");
    assertThat(loader.load(file)).isEmpty();

    java.nio.file.Files.writeString(file, "{}");
    InvalidRegistrationsException e =
        catchThrowableOfType(InvalidRegistrationsException.class, () -> loader.load(file));
    assertThat(e.getMessage())
        .startsWith(file + ": 1 problem(s)")
        .contains("registrations: is required");
  }

  @Test
  void twoEntriesWithTheSameIssuerAndClientIdAreRefused() {
    String entry =
        "{\"issuer\":\"https://lms\",\"clientId\":\"c\",\"deploymentIds\":[\"1\"],"
            + "\"authorizationEndpoint\":\"https://lms/a\",\"tokenEndpoint\":\"https://lms/t\","
            + "\"keySetUrl\":\"https://lms/k\"}";
    InvalidRegistrationsException e =
        catchThrowableOfType(
            InvalidRegistrationsException.class,
            () -> loader.parse("{\"registrations\":[" + entry + "," + entry + "]}", "dup.json"));
    assertThat(e.problems()).singleElement().asString().contains("registrations[1]: duplicate");
  }
}
