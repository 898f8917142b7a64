package dk.bif.lti.dynreg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.bif.lti.http.HttpSettings;
import dk.bif.lti.http.JdkHttpFetcher;
import dk.bif.lti.testkit.DynamicRegistrationCall;
import dk.bif.lti.testkit.Faults;
import dk.bif.lti.testkit.Profile;
import dk.bif.lti.testkit.ReferencePlatform;
import dk.bif.lti.testkit.ToolRegistration;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Dynamic Registration against the reference platform over loopback: the whole exchange, and one
 * row per refused configuration or answer, each with its reason code.
 */
class DynamicRegistrationTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final URI TOOL = URI.create("http://127.0.0.1:8089");

  private ReferencePlatform lms;
  private final DynamicRegistration registration =
      new DynamicRegistration(
          new JdkHttpFetcher(
              new HttpSettings(Duration.ofSeconds(2), Duration.ofSeconds(3), 1024 * 1024, "test")),
          true);

  @AfterEach
  void stop() {
    if (lms != null) lms.close();
  }

  private static ToolConfiguration tool() {
    return ToolConfiguration.builder(
            "BIF",
            TOOL.resolve("/lti/login"),
            TOOL.resolve("/lti/launch"),
            TOOL.resolve("/lti/jwks"))
        .description("BIF-uddannelsen")
        .claims("name", "given_name", "family_name", "email")
        .scopes(
            "https://purl.imsglobal.org/spec/lti-ags/scope/score",
            "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly")
        .customParameter("bif_source", "dynamic")
        .message(
            new ToolMessage(
                "LtiResourceLinkRequest",
                Optional.empty(),
                Optional.of("BIF"),
                List.of(),
                Map.of("bif_employee", "$Person.sourcedId")))
        .message(
            new ToolMessage(
                "LtiDeepLinkingRequest",
                Optional.of(TOOL.resolve("/lti/launch")),
                Optional.of("BIF activity"),
                List.of("ContentArea"),
                Map.of()))
        .build();
  }

  private String token() {
    return lms.newRegistrationToken();
  }

  @Test
  void aFullRegistrationReadsTheConfigurationPostsTheToolAndGetsClientIdAndDeployment()
      throws Exception {
    lms = ReferencePlatform.builder().profile(Profile.MOODLE).start();
    String token = token();

    PlatformConfiguration platform =
        registration.discover(lms.openIdConfigurationUri().toString(), Optional.of(token));
    RegisteredTool registered = registration.register(platform, tool(), Optional.of(token));

    assertThat(platform.issuer()).isEqualTo(lms.issuer());
    assertThat(platform.authorizationEndpoint()).isEqualTo(lms.authorizationUri());
    assertThat(platform.tokenEndpoint()).isEqualTo(lms.tokenUri());
    assertThat(platform.jwksUri()).isEqualTo(lms.jwksUri());
    assertThat(platform.productFamilyCode()).contains("moodle");
    assertThat(platform.placements("LtiDeepLinkingRequest")).containsExactly("ContentArea");
    ToolRegistration tool = lms.tool(registered.clientId()).orElseThrow();
    assertThat(tool.deploymentIds()).containsExactly(registered.deploymentId().orElseThrow());
    assertThat(tool.loginInitiationUri()).isEqualTo(TOOL.resolve("/lti/login"));
    assertThat(tool.jwksUri()).contains(TOOL.resolve("/lti/jwks"));
    assertThat(registered.scope()).contains("lti-ags/scope/score").contains("contextmembership");
    JsonNode sent = JSON.readTree(lms.dynamicRegistrations().get(0).requestBody());
    JsonNode lti = sent.path(ToolConfiguration.CLAIM);
    assertThat(lti.path("domain").asText()).isEqualTo("127.0.0.1:8089");
    assertThat(lti.path("target_link_uri").asText()).isEqualTo(TOOL + "/lti/launch");
    assertThat(lti.path("claims").toString()).contains("email");
    assertThat(lti.path("custom_parameters").path("bif_source").asText()).isEqualTo("dynamic");
    assertThat(lti.path("messages").get(0).path("custom_parameters").path("bif_employee").asText())
        .isEqualTo("$Person.sourcedId");
    assertThat(lti.path("messages").get(1).path("placements").get(0).asText())
        .isEqualTo("ContentArea");
    assertThat(sent.path("token_endpoint_auth_method").asText()).isEqualTo("private_key_jwt");
  }

  @Test
  void theRegistrationTokenTravelsAsABearerTokenOnlyAndIsNeverInARefusal() throws Exception {
    lms = ReferencePlatform.builder().start();
    String token = token();
    PlatformConfiguration platform =
        registration.discover(lms.openIdConfigurationUri().toString(), Optional.of(token));
    registration.register(platform, tool(), Optional.of(token));

    assertThatThrownBy(() -> registration.register(platform, tool(), Optional.of(token)))
        .isInstanceOfSatisfying(
            RegistrationRefusedException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(RegistrationRefusal.REGISTRATION_REFUSED);
              assertThat(e.platformStatus()).hasValue(401);
              assertThat(e.getMessage()).contains("used already").doesNotContain(token);
            });
    assertThat(lms.dynamicRegistrations())
        .extracting(DynamicRegistrationCall::requestBody)
        .noneMatch(b -> b.contains(token));
  }

  @Test
  void aPlainHttpPlatformIsRefusedUnlessLoopbackHttpIsAllowed() throws Exception {
    lms = ReferencePlatform.builder().start();
    DynamicRegistration strict =
        new DynamicRegistration(new JdkHttpFetcher(HttpSettings.defaults()), false);

    assertThatThrownBy(
            () -> strict.discover(lms.openIdConfigurationUri().toString(), Optional.empty()))
        .isInstanceOfSatisfying(
            RegistrationRefusedException.class,
            e -> assertThat(e.reason()).isEqualTo(RegistrationRefusal.URL_NOT_SECURE));
  }

  static Stream<Arguments> refusedConfigurations() {
    return Stream.of(
        arguments(
            "another issuer than the configuration URL's origin",
            (Consumer<ReferencePlatform>)
                lms -> lms.bendOpenIdConfiguration(c -> c.put("issuer", "https://evil.example")),
            RegistrationRefusal.ISSUER_MISMATCH),
        arguments(
            "the issuer on another port",
            (Consumer<ReferencePlatform>)
                lms -> lms.bendOpenIdConfiguration(c -> c.put("issuer", "http://127.0.0.1:1")),
            RegistrationRefusal.ISSUER_MISMATCH),
        arguments(
            "no registration endpoint",
            (Consumer<ReferencePlatform>)
                lms -> lms.bendOpenIdConfiguration(c -> c.remove("registration_endpoint")),
            RegistrationRefusal.ENDPOINT_MISSING),
        arguments(
            "no key set",
            (Consumer<ReferencePlatform>)
                lms -> lms.bendOpenIdConfiguration(c -> c.remove("jwks_uri")),
            RegistrationRefusal.ENDPOINT_MISSING),
        arguments(
            "no authorization endpoint",
            (Consumer<ReferencePlatform>)
                lms -> lms.bendOpenIdConfiguration(c -> c.put("authorization_endpoint", "")),
            RegistrationRefusal.ENDPOINT_MISSING),
        arguments(
            "no token endpoint",
            (Consumer<ReferencePlatform>)
                lms -> lms.bendOpenIdConfiguration(c -> c.remove("token_endpoint")),
            RegistrationRefusal.ENDPOINT_MISSING),
        arguments(
            "a javascript: token endpoint",
            (Consumer<ReferencePlatform>)
                lms ->
                    lms.bendOpenIdConfiguration(
                        c -> c.put("token_endpoint", "javascript:alert(1)")),
            RegistrationRefusal.CONFIGURATION_MALFORMED),
        arguments(
            "no deep linking among the messages supported",
            (Consumer<ReferencePlatform>)
                lms ->
                    lms.bendOpenIdConfiguration(
                        c ->
                            ((ObjectNode) c.path(DynamicRegistration.PLATFORM_CLAIM))
                                .putArray("messages_supported")
                                .addObject()
                                .put("type", "LtiResourceLinkRequest")),
            RegistrationRefusal.MESSAGE_TYPE_UNSUPPORTED),
        arguments(
            "no LTI platform configuration",
            (Consumer<ReferencePlatform>)
                lms ->
                    lms.bendOpenIdConfiguration(c -> c.remove(DynamicRegistration.PLATFORM_CLAIM)),
            RegistrationRefusal.CONFIGURATION_MALFORMED),
        arguments(
            "an answer that is not JSON",
            (Consumer<ReferencePlatform>)
                lms ->
                    lms.faults()
                        .answerNext(
                            Faults.Target.OPENID_CONFIGURATION, 1, 200, "<html>hello</html>"),
            RegistrationRefusal.CONFIGURATION_MALFORMED),
        arguments(
            "404",
            (Consumer<ReferencePlatform>)
                lms -> lms.faults().failNext(Faults.Target.OPENID_CONFIGURATION, 1, 404),
            RegistrationRefusal.CONFIGURATION_ANSWER_ERROR),
        arguments(
            "503",
            (Consumer<ReferencePlatform>)
                lms -> lms.faults().failNext(Faults.Target.OPENID_CONFIGURATION, 1, 503),
            RegistrationRefusal.CONFIGURATION_ANSWER_ERROR),
        arguments(
            "the connection closed without an answer",
            (Consumer<ReferencePlatform>)
                lms -> lms.faults().unreachable(Faults.Target.OPENID_CONFIGURATION),
            RegistrationRefusal.CONFIGURATION_UNREACHABLE));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedConfigurations")
  void aConfigurationThatBreaksARuleIsRefusedWithItsReason(
      String rule, Consumer<ReferencePlatform> bend, RegistrationRefusal expected) {
    lms = ReferencePlatform.builder().start();
    bend.accept(lms);

    assertThatThrownBy(
            () ->
                registration.discover(
                    lms.openIdConfigurationUri().toString(), Optional.of(token())))
        .isInstanceOfSatisfying(
            RegistrationRefusedException.class, e -> assertThat(e.reason()).isEqualTo(expected));
  }

  @Test
  void aConfigurationUrlThatIsMissingOrNotAWebUrlIsRefused() {
    for (String bad : new String[] {null, "", "not a url", "javascript:alert(1)", "ftp://x/y"}) {
      assertThatThrownBy(() -> registration.discover(bad, Optional.empty()))
          .as(String.valueOf(bad))
          .isInstanceOfSatisfying(
              RegistrationRefusedException.class,
              e -> assertThat(e.reason()).isEqualTo(RegistrationRefusal.CONFIGURATION_URL_INVALID));
    }
  }

  @Test
  void anUnreachablePlatformIsRefusedAsUnreachable() {
    assertThatThrownBy(
            () ->
                registration.discover(
                    "http://127.0.0.1:1/.well-known/openid-configuration", Optional.empty()))
        .isInstanceOfSatisfying(
            RegistrationRefusedException.class,
            e -> assertThat(e.reason()).isEqualTo(RegistrationRefusal.CONFIGURATION_UNREACHABLE));
  }

  static Stream<Arguments> refusedRegistrations() {
    return Stream.of(
        arguments(400, RegistrationRefusal.REGISTRATION_REFUSED),
        arguments(403, RegistrationRefusal.REGISTRATION_REFUSED),
        arguments(500, RegistrationRefusal.REGISTRATION_FAILED),
        arguments(503, RegistrationRefusal.REGISTRATION_FAILED));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedRegistrations")
  void aRegistrationThePlatformAnswersWithAnErrorIsRefusedWithItsStatus(
      int status, RegistrationRefusal expected) throws Exception {
    lms = ReferencePlatform.builder().start();
    String token = token();
    PlatformConfiguration platform =
        registration.discover(lms.openIdConfigurationUri().toString(), Optional.of(token));
    lms.faults().failNext(Faults.Target.REGISTRATION, 1, status);

    assertThatThrownBy(() -> registration.register(platform, tool(), Optional.of(token)))
        .isInstanceOfSatisfying(
            RegistrationRefusedException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(expected);
              assertThat(e.platformStatus()).hasValue(status);
            });
  }

  @Test
  void aRegistrationAnswerWithoutClientIdOrNotJsonIsMalformed() throws Exception {
    lms = ReferencePlatform.builder().start();
    PlatformConfiguration platform =
        registration.discover(lms.openIdConfigurationUri().toString(), Optional.empty());
    lms.faults()
        .answerNext(Faults.Target.REGISTRATION, 1, 201, "{\"client_name\":\"BIF\"}")
        .answerNext(Faults.Target.REGISTRATION, 1, 200, "registered!");

    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> registration.register(platform, tool(), Optional.of(token())))
          .isInstanceOfSatisfying(
              RegistrationRefusedException.class,
              e ->
                  assertThat(e.reason())
                      .isEqualTo(RegistrationRefusal.REGISTRATION_ANSWER_MALFORMED));
    }
  }

  @Test
  void anUnreachableRegistrationEndpointIsRefusedAsUnreachable() throws Exception {
    lms = ReferencePlatform.builder().start();
    PlatformConfiguration platform =
        registration.discover(lms.openIdConfigurationUri().toString(), Optional.empty());
    lms.faults().dropNext(Faults.Target.REGISTRATION, 1);

    assertThatThrownBy(() -> registration.register(platform, tool(), Optional.of(token())))
        .isInstanceOfSatisfying(
            RegistrationRefusedException.class,
            e -> assertThat(e.reason()).isEqualTo(RegistrationRefusal.REGISTRATION_UNREACHABLE));
  }
}
