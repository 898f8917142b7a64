package dk.bif.lti.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import dk.bif.lti.http.HttpFetcher;
import dk.bif.lti.keys.KeySetCachePolicy;
import dk.bif.lti.keys.PlatformKeySets;
import dk.bif.lti.keys.ToolKeyFiles;
import dk.bif.lti.registration.ClientId;
import dk.bif.lti.registration.DeploymentId;
import dk.bif.lti.registration.InMemoryRegistrationRepository;
import dk.bif.lti.registration.Issuer;
import dk.bif.lti.registration.PlatformKeySource;
import dk.bif.lti.registration.PlatformRegistration;
import dk.bif.lti.registration.RegistrationKey;
import dk.bif.lti.testing.MutableClock;
import dk.bif.lti.testing.TestPlatform;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The validator without HTTP: what an LtiLaunch carries, and the rules the table cannot reach. */
class LaunchValidatorTest {
  private static final RSAKey PLATFORM_KEY = ToolKeyFiles.generate("platform-1");
  private static final String TARGET = "https://bif.example.dk/lti/launch";
  private static final RegistrationKey REGISTRATION =
      new RegistrationKey(Issuer.of(TestPlatform.ISSUER), ClientId.of("bif-tool"));

  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));

  private LaunchValidator validator(LaunchPolicy policy) {
    HttpFetcher noNetwork =
        request -> {
          throw new AssertionError("static keys need no fetch");
        };
    return new LaunchValidator(
        new InMemoryRegistrationRepository(
            List.of(
                new PlatformRegistration(
                    REGISTRATION,
                    Set.of(DeploymentId.of("dep-1")),
                    URI.create(TestPlatform.ISSUER + "/auth"),
                    URI.create(TestPlatform.ISSUER + "/token"),
                    Optional.empty(),
                    new PlatformKeySource.StaticKeys(
                        new JWKSet(PLATFORM_KEY.toPublicJWK()).toString())))),
        new PlatformKeySets(noNetwork, clock, KeySetCachePolicy.defaults()),
        new InMemoryNonceStore(clock),
        clock,
        policy);
  }

  private Map<String, Object> claims(String nonce) {
    return TestPlatform.resourceLinkClaims(
        clock.instant().getEpochSecond(),
        "bif-tool",
        nonce,
        "dep-1",
        TARGET,
        "1001",
        TestPlatform.INSTRUCTOR);
  }

  private static String sign(Map<String, Object> claims) throws Exception {
    return sign(
        new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("platform-1").build(), new Payload(claims));
  }

  private static String sign(JWSHeader header, Payload payload) throws Exception {
    JWSObject jws = new JWSObject(header, payload);
    jws.sign(new RSASSASigner(PLATFORM_KEY));
    return jws.serialize();
  }

  private static LaunchExpectation expecting(String nonce) {
    return new LaunchExpectation(
        REGISTRATION, nonce, TARGET, Optional.of(DeploymentId.of("dep-1")));
  }

  @Test
  void aValidLaunchCarriesEveryClaimTheToolUsesIntoTheLtiLaunch() throws Exception {
    // when
    LtiLaunch launch =
        validator(LaunchPolicy.defaults()).validate(sign(claims("n1")), expecting("n1"));

    // then
    assertThat(launch.platform()).isEqualTo(REGISTRATION);
    assertThat(launch.deployment().id()).isEqualTo(DeploymentId.of("dep-1"));
    assertThat(launch.messageType()).isEqualTo(MessageType.RESOURCE_LINK);
    assertThat(launch.user().subject()).contains("1001");
    assertThat(launch.user().email()).contains("1001@kk.example.dk");
    assertThat(launch.roles()).containsExactly(LtiRole.INSTRUCTOR);
    assertThat(launch.context())
        .hasValueSatisfying(
            c -> {
              assertThat(c.id()).isEqualTo("course-42");
              assertThat(c.label()).contains("BIF-H1");
            });
    assertThat(launch.resourceLink()).map(ResourceLink::id).contains("rl-7");
    assertThat(launch.custom()).containsEntry("bif_activity", "del1");
    assertThat(launch.ags())
        .hasValueSatisfying(
            a -> {
              assertThat(a.lineItems())
                  .contains(
                      URI.create(
                          TestPlatform.ISSUER + "/mod/lti/services.php/2/lineitems?type_id=1"));
              assertThat(a.scopes())
                  .containsExactly("https://purl.imsglobal.org/spec/lti-ags/scope/score");
            });
    assertThat(launch.nrps()).map(NrpsEndpoint::serviceVersions).contains(List.of("2.0"));
    assertThat(launch.locale()).contains("da-DK");
    assertThat(launch.returnUrl())
        .contains(URI.create(TestPlatform.ISSUER + "/course/view.php?id=42"));
  }

  @Test
  void anAnonymousLaunchIsAcceptedOnlyWhenThePolicyAllowsIt() throws Exception {
    Map<String, Object> claims = claims("n2");
    claims.remove("sub");
    String token = sign(claims);

    LaunchRefusedException refused =
        catchThrowableOfType(
            LaunchRefusedException.class,
            () -> validator(LaunchPolicy.defaults()).validate(token, expecting("n2")));
    assertThat(refused.code()).isEqualTo(ReasonCode.SUBJECT_MISSING);

    LaunchPolicy anonymousAllowed =
        new LaunchPolicy(Duration.ofSeconds(5), Duration.ofMinutes(5), true);
    LtiLaunch launch = validator(anonymousAllowed).validate(token, expecting("n2"));
    assertThat(launch.user().isAnonymous()).isTrue();
  }

  @Test
  void aPayloadWithADuplicateClaimIsRefused() throws Exception {
    // given a signed payload whose second "iss" would override the first in a lenient parser
    String json =
        new String(new Payload(claims("n3")).toBytes(), StandardCharsets.UTF_8)
            .replaceFirst("\\{", "{\"iss\":\"https://attacker.example\",");
    String token =
        sign(
            new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("platform-1").build(),
            new Payload(json));

    LaunchRefusedException refused =
        catchThrowableOfType(
            LaunchRefusedException.class,
            () -> validator(LaunchPolicy.defaults()).validate(token, expecting("n3")));

    assertThat(refused.code()).isEqualTo(ReasonCode.TOKEN_MALFORMED);
    assertThat(refused.getMessage()).contains("Duplicate field 'iss'");
  }

  @Test
  void aTokenWithCriticalHeaderParametersTheToolDoesNotUnderstandIsRefused() throws Exception {
    String token =
        sign(
            new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID("platform-1")
                .criticalParams(Set.of("https://example.com/must-understand"))
                .customParam("https://example.com/must-understand", true)
                .build(),
            new Payload(claims("n4")));

    LaunchRefusedException refused =
        catchThrowableOfType(
            LaunchRefusedException.class,
            () -> validator(LaunchPolicy.defaults()).validate(token, expecting("n4")));

    assertThat(refused.code()).isEqualTo(ReasonCode.CRIT_UNSUPPORTED);
    assertThat(refused.getMessage()).contains("https://example.com/must-understand");
  }

  private Map<String, Object> deepLinkingClaims(String nonce, String returnUrl) {
    Map<String, Object> claims = claims(nonce);
    claims.put(TestPlatform.LTI + "message_type", "LtiDeepLinkingRequest");
    claims.remove(TestPlatform.LTI + "resource_link");
    claims.put(
        "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings",
        Map.of("deep_link_return_url", returnUrl, "accept_types", List.of("ltiResourceLink")));
    return claims;
  }

  @Test
  void aDeepLinkReturnUrlOverHttpIsAcceptedOnlyOnALoopbackHostAndOnlyWhenThePolicyAllowsIt()
      throws Exception {
    LaunchPolicy loopbackHttp = LaunchPolicy.defaults().withHttpOnLoopback(true);
    String[] loopback = {
      "http://127.0.0.1:8081/mod/lti/contentitem_return.php",
      "http://localhost/return",
      "http://[::1]:9000/return"
    };
    for (int i = 0; i < loopback.length; i++) {
      String nonce = "loop-" + i;
      String token = sign(deepLinkingClaims(nonce, loopback[i]));
      LtiLaunch launch = validator(loopbackHttp).validate(token, expecting(nonce));
      assertThat(launch.deepLinking()).map(d -> d.returnUrl().toString()).contains(loopback[i]);
      String refusedNonce = "strict-" + i;
      String strict = sign(deepLinkingClaims(refusedNonce, loopback[i]));
      LaunchRefusedException refused =
          catchThrowableOfType(
              LaunchRefusedException.class,
              () -> validator(LaunchPolicy.defaults()).validate(strict, expecting(refusedNonce)));
      assertThat(refused.code()).isEqualTo(ReasonCode.DEEP_LINK_RETURN_URL_INVALID);
    }
    for (String elsewhere :
        List.of(
            "http://lms.example.test/return",
            "http://127.0.0.1.evil.example/return",
            "http://localhost.evil.example/return",
            "javascript:alert(1)")) {
      String nonce = "far-" + elsewhere.length();
      String token = sign(deepLinkingClaims(nonce, elsewhere));
      LaunchRefusedException refused =
          catchThrowableOfType(
              LaunchRefusedException.class,
              () -> validator(loopbackHttp).validate(token, expecting(nonce)));
      assertThat(refused.code()).as(elsewhere).isEqualTo(ReasonCode.DEEP_LINK_RETURN_URL_INVALID);
    }
  }

  @Test
  void httpsOnlyForTheBrowserIsTheDefault() {
    assertThat(LaunchPolicy.defaults().allowHttpOnLoopback()).isFalse();
    assertThat(LaunchPolicy.defaults().acceptsBrowserUrl(URI.create("https://lms.example/x")))
        .isTrue();
    assertThat(LaunchPolicy.defaults().acceptsBrowserUrl(URI.create("http://127.0.0.1/x")))
        .isFalse();
  }

  @Test
  void oneValidatorServesConcurrentLaunchesWithoutMixingThemUp() throws Exception {
    // given
    LaunchValidator shared = validator(LaunchPolicy.defaults());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<String>> results = new ArrayList<>();

    // when
    for (int i = 0; i < 40; i++) {
      String nonce = "nonce-" + i;
      Map<String, Object> claims = claims(nonce);
      claims.put("sub", "user-" + i);
      String token = sign(claims);
      results.add(
          pool.submit(
              () -> shared.validate(token, expecting(nonce)).user().subject().orElseThrow()));
    }
    pool.shutdown();

    // then
    for (int i = 0; i < 40; i++) assertThat(results.get(i).get()).isEqualTo("user-" + i);
  }

  @Test
  void aPayloadThatIsNotBase64urlIsRefusedAsMalformedBeforeAnyKeyIsUsed() throws Exception {
    String[] parts = sign(claims("n5")).split("\\.");
    String token = parts[0] + ".!!!." + parts[2];
    LaunchRefusedException refused =
        catchThrowableOfType(
            LaunchRefusedException.class,
            () -> validator(LaunchPolicy.defaults()).validate(token, expecting("n5")));
    assertThat(refused.code()).isEqualTo(ReasonCode.TOKEN_MALFORMED);
    assertThat(refused.getMessage()).contains("payload is not canonical base64url");
  }
}
