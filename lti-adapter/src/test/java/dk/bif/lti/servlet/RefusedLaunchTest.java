package dk.bif.lti.servlet;

import static dk.bif.lti.launch.ReasonCode.*;
import static dk.bif.lti.testing.LtiHarness.reasonOf;
import static dk.bif.lti.testing.TestPlatform.LEARNER;
import static dk.bif.lti.testing.TestPlatform.LTI;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import dk.bif.lti.launch.ReasonCode;
import dk.bif.lti.testing.LtiHarness;
import dk.bif.lti.testing.TestPlatform;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every refused login and launch, one row per broken rule, each over real HTTP and each asserting
 * its reason code and status on the error page; then the launches that must pass.
 */
class RefusedLaunchTest {
  static LtiHarness lti;

  @BeforeAll
  static void start() throws Exception {
    lti = new LtiHarness();
  }

  @AfterAll
  static void stop() throws Exception {
    lti.close();
  }

  @FunctionalInterface
  interface Scenario {
    HttpResponse<String> run(LtiHarness h) throws Exception;
  }

  private static Arguments row(String rule, ReasonCode expected, Scenario scenario) {
    return Arguments.of(rule, expected, scenario);
  }

  /** A login whose parameters are edited. */
  private static Scenario login(Consumer<Map<String, String>> edit) {
    return h -> {
      Map<String, String> params = h.loginParameters();
      edit.accept(params);
      return h.rawLoginResponse(params);
    };
  }

  /** A launch whose login parameters and claims are edited before the platform signs. */
  private static Scenario launch(
      Consumer<Map<String, String>> loginEdit, Consumer<Map<String, Object>> claimsEdit) {
    return h -> {
      Map<String, String> params = h.loginParameters();
      loginEdit.accept(params);
      LtiHarness.Login login = h.login(params);
      TestPlatform.AuthorizationResponse auth =
          h.platform.authorize(
              login.location(), LtiHarness.DEPLOYMENT, h.launchUrl(), "1001", LEARNER, claimsEdit);
      return h.postLaunch(auth.idToken(), auth.state(), login.cookie());
    };
  }

  /** A launch whose claims are edited before the platform signs. */
  private static Scenario claims(Consumer<Map<String, Object>> edit) {
    return launch(p -> {}, edit);
  }

  /** A launch whose token is forged from the claims the platform would sign. */
  private static Scenario forged(BiFunction<Map<String, Object>, TestPlatform, String> forge) {
    return h -> {
      LtiHarness.Login login = h.login(h.loginParameters());
      Map<String, String> request = TestPlatform.readAuthenticationRequest(login.location());
      Map<String, Object> claims =
          h.platform.claims(request, LtiHarness.DEPLOYMENT, h.launchUrl(), "1001", LEARNER);
      return h.postLaunch(forge.apply(claims, h.platform), request.get("state"), login.cookie());
    };
  }

  /** A launch signed by the platform and then changed on the way. */
  private static Scenario posted(TriFunction change) {
    return h -> {
      LtiHarness.Launch launch = h.authorizedLaunch(LEARNER, c -> {});
      return change.post(h, launch);
    };
  }

  @FunctionalInterface
  interface TriFunction {
    HttpResponse<String> post(LtiHarness h, LtiHarness.Launch launch) throws Exception;
  }

  private static JWSHeader rs256(String kid) {
    JWSHeader.Builder b = new JWSHeader.Builder(JWSAlgorithm.RS256);
    return kid == null ? b.build() : b.keyID(kid).build();
  }

  static Stream<Arguments> refusals() {
    return Stream.of(
        // login initiation
        row("login without iss", LOGIN_ISSUER_MISSING, login(p -> p.remove("iss"))),
        row("login without login_hint", LOGIN_HINT_MISSING, login(p -> p.remove("login_hint"))),
        row(
            "login without target_link_uri",
            LOGIN_TARGET_LINK_URI_MISSING,
            login(p -> p.remove("target_link_uri"))),
        row(
            "login from an unknown issuer",
            UNKNOWN_ISSUER,
            login(p -> p.put("iss", "https://evil.example"))),
        row(
            "login for an unknown client",
            UNKNOWN_CLIENT,
            login(p -> p.put("client_id", "nobody"))),
        row(
            "login without client_id when the issuer has two clients",
            CLIENT_ID_REQUIRED,
            login(p -> p.remove("client_id"))),
        row(
            "login with a foreign target_link_uri",
            FOREIGN_TARGET_LINK_URI,
            login(p -> p.put("target_link_uri", "https://evil.example/lti/launch"))),
        row(
            "login with a target_link_uri on another path of the tool's host",
            FOREIGN_TARGET_LINK_URI,
            login(
                p ->
                    p.put(
                        "target_link_uri",
                        p.get("target_link_uri").replace("/lti/launch", "/admin")))),
        row(
            "login with an oversized lti_message_hint",
            LOGIN_PARAMETER_TOO_LARGE,
            login(p -> p.put("lti_message_hint", "x".repeat(9000)))),
        // the launch request and its state
        row(
            "launch without state",
            STATE_MISSING,
            posted((h, l) -> h.postLaunch(l.idToken(), null, l.login().cookie()))),
        row(
            "launch with a state never issued",
            STATE_UNKNOWN,
            posted((h, l) -> h.postLaunch(l.idToken(), "forged-state", l.login().cookie()))),
        row(
            "launch with a replayed state",
            STATE_UNKNOWN,
            posted(
                (h, l) -> {
                  assertThat(h.post(l).statusCode()).isEqualTo(200);
                  return h.post(l);
                })),
        row(
            "launch after the state expired",
            STATE_EXPIRED,
            h -> {
              LtiHarness.Login login = h.login(h.loginParameters());
              h.clock.advance(Duration.ofMinutes(6));
              TestPlatform.AuthorizationResponse auth =
                  h.platform.authorize(
                      login.location(),
                      LtiHarness.DEPLOYMENT,
                      h.launchUrl(),
                      "1001",
                      LEARNER,
                      c -> {});
              return h.postLaunch(auth.idToken(), auth.state(), login.cookie());
            }),
        row(
            "launch without the binding cookie",
            STATE_NOT_BOUND_TO_BROWSER,
            posted((h, l) -> h.postLaunch(l.idToken(), l.state(), null))),
        row(
            "launch with a state from another browser (cookie mismatch)",
            STATE_NOT_BOUND_TO_BROWSER,
            posted(
                (h, l) ->
                    h.postLaunch(
                        l.idToken(), l.state(), l.login().cookieName() + "=someone-else"))),
        row(
            "launch without id_token",
            TOKEN_MISSING,
            posted((h, l) -> h.postLaunch(null, l.state(), l.login().cookie()))),
        row(
            "launch with a token that is not a JWT",
            TOKEN_MALFORMED,
            posted((h, l) -> h.postLaunch("not-a-jwt", l.state(), l.login().cookie()))),
        row(
            "launch with a token of three garbage parts",
            TOKEN_MALFORMED,
            posted((h, l) -> h.postLaunch("abc.def.ghi", l.state(), l.login().cookie()))),
        row(
            "launch with an oversized token",
            TOKEN_TOO_LARGE,
            claims(c -> c.put(LTI + "custom", Map.of("blob", "x".repeat(70_000))))),
        // signature and keys
        row(
            "tampered payload",
            SIGNATURE_INVALID,
            posted(
                (h, l) -> {
                  String[] parts = l.idToken().split("\\.");
                  String other = h.platform.sign(Map.of("sub", "admin")).split("\\.")[1];
                  return h.postLaunch(
                      parts[0] + "." + other + "." + parts[2], l.state(), l.login().cookie());
                })),
        row(
            "no kid in the header",
            KID_MISSING,
            forged((c, p) -> p.sign(rs256(null), c, p.signer()))),
        row(
            "unknown kid, even after a refresh",
            KID_UNKNOWN,
            forged(
                (c, p) -> {
                  try {
                    return p.sign(
                        rs256("ghost"),
                        c,
                        new RSASSASigner(new RSAKeyGenerator(2048).keyID("ghost").generate()));
                  } catch (Exception e) {
                    throw new IllegalStateException(e);
                  }
                })),
        row(
            "alg none",
            ALG_NONE,
            forged(
                (c, p) -> {
                  try {
                    return new PlainJWT(JWTClaimsSet.parse(c)).serialize();
                  } catch (java.text.ParseException e) {
                    throw new IllegalStateException(e);
                  }
                })),
        row(
            "HS256 signed with the platform's public key as secret",
            ALG_NOT_ALLOWED,
            forged(
                (c, p) -> {
                  try {
                    return p.sign(
                        new JWSHeader.Builder(JWSAlgorithm.HS256)
                            .keyID(p.signingKey().getKeyID())
                            .build(),
                        c,
                        new MACSigner(p.signingKey().toRSAPublicKey().getEncoded()));
                  } catch (Exception e) {
                    throw new IllegalStateException(e);
                  }
                })),
        row(
            "RS512 instead of RS256",
            ALG_NOT_ALLOWED,
            forged(
                (c, p) ->
                    p.sign(
                        new JWSHeader.Builder(JWSAlgorithm.RS512)
                            .keyID(p.signingKey().getKeyID())
                            .build(),
                        c,
                        p.signer()))),
        row(
            "RS256 naming the platform's EC key (alg does not fit the key)",
            ALG_KEY_MISMATCH,
            forged((c, p) -> p.sign(rs256(p.ecKey().getKeyID()), c, p.signer()))),
        row(
            "platform key set unreachable",
            KEY_SET_UNAVAILABLE,
            launch(p -> p.put("client_id", LtiHarness.DOWN_CLIENT_ID), c -> {})),
        // claims, one rule at a time
        row(
            "iss of another platform",
            ISSUER_MISMATCH,
            claims(c -> c.put("iss", "https://other.example"))),
        row(
            "aud without our client_id",
            AUDIENCE_MISMATCH,
            claims(c -> c.put("aud", "someone-else"))),
        row(
            "aud array without azp",
            AZP_MISSING,
            claims(c -> c.put("aud", List.of(LtiHarness.CLIENT_ID, "other")))),
        row("azp of another client", AZP_MISMATCH, claims(c -> c.put("azp", "other"))),
        row("no exp", EXP_MISSING, claims(c -> c.remove("exp"))),
        row(
            "exp passed beyond the leeway",
            TOKEN_EXPIRED,
            claims(c -> c.put("exp", (long) c.get("iat") - 6))),
        row("no iat", IAT_MISSING, claims(c -> c.remove("iat"))),
        row(
            "iat in the future",
            IAT_IN_FUTURE,
            claims(c -> c.put("iat", (long) c.get("iat") + 60))),
        row(
            "iat older than the maximum age",
            TOKEN_TOO_OLD,
            claims(c -> c.put("iat", (long) c.get("iat") - 600))),
        row("no nonce", NONCE_MISSING, claims(c -> c.remove("nonce"))),
        row(
            "nonce of another login",
            NONCE_MISMATCH,
            claims(c -> c.put("nonce", "not-the-logins-nonce"))),
        row(
            "nonce replayed with a fresh state",
            NONCE_REPLAYED,
            h -> {
              LtiHarness.Launch first = h.authorizedLaunch(LEARNER, c -> {});
              assertThat(h.post(first).statusCode()).isEqualTo(200);
              LtiHarness.Login second = h.login(h.loginParameters());
              String state = TestPlatform.readAuthenticationRequest(second.location()).get("state");
              return h.postLaunch(first.idToken(), state, second.cookie());
            }),
        row(
            "no deployment_id",
            DEPLOYMENT_ID_MISSING,
            claims(c -> c.remove(LTI + "deployment_id"))),
        row(
            "deployment_id not registered",
            DEPLOYMENT_UNKNOWN,
            launch(p -> p.remove("lti_deployment_id"), c -> c.put(LTI + "deployment_id", "dep-9"))),
        row(
            "deployment_id differs from the login's lti_deployment_id",
            DEPLOYMENT_MISMATCH,
            claims(c -> c.put(LTI + "deployment_id", LtiHarness.OTHER_DEPLOYMENT))),
        row("no version", VERSION_MISSING, claims(c -> c.remove(LTI + "version"))),
        row("version 1.1", VERSION_UNSUPPORTED, claims(c -> c.put(LTI + "version", "1.1"))),
        row("no message_type", MESSAGE_TYPE_MISSING, claims(c -> c.remove(LTI + "message_type"))),
        row(
            "unsupported message_type",
            MESSAGE_TYPE_UNSUPPORTED,
            claims(c -> c.put(LTI + "message_type", "LtiSubmissionReviewRequest"))),
        row(
            "no target_link_uri",
            TARGET_LINK_URI_MISSING,
            claims(c -> c.remove(LTI + "target_link_uri"))),
        row(
            "target_link_uri differs from the login's",
            TARGET_LINK_URI_MISMATCH,
            claims(
                c -> c.put(LTI + "target_link_uri", c.get(LTI + "target_link_uri") + "?other=1"))),
        row("no roles claim", ROLES_MISSING, claims(c -> c.remove(LTI + "roles"))),
        row("roles is not an array", CLAIM_MALFORMED, claims(c -> c.put(LTI + "roles", LEARNER))),
        row("no sub", SUBJECT_MISSING, claims(c -> c.remove("sub"))),
        row(
            "resource link launch without resource_link",
            RESOURCE_LINK_MISSING,
            claims(c -> c.remove(LTI + "resource_link"))),
        row(
            "resource_link without id",
            RESOURCE_LINK_MISSING,
            claims(c -> c.put(LTI + "resource_link", Map.of("title", "no id")))),
        row(
            "deep linking request without deep_link_return_url",
            DEEP_LINK_RETURN_URL_MISSING,
            claims(
                c -> {
                  c.put(LTI + "message_type", "LtiDeepLinkingRequest");
                  c.put(
                      "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings",
                      Map.of("accept_types", List.of("ltiResourceLink")));
                })),
        row(
            "sub longer than 255 characters",
            CLAIM_TOO_LARGE,
            claims(c -> c.put("sub", "u".repeat(256)))),
        row(
            "more than 100 custom parameters",
            CLAIM_TOO_LARGE,
            claims(
                c ->
                    c.put(
                        LTI + "custom",
                        IntStream.range(0, 101)
                            .boxed()
                            .collect(java.util.stream.Collectors.toMap(i -> "p" + i, i -> "v"))))),
        row(
            "context without id",
            CLAIM_MALFORMED,
            claims(c -> c.put(LTI + "context", Map.of("title", "no id")))),
        row(
            "AGS lineitems that is not a URL",
            CLAIM_MALFORMED,
            claims(
                c ->
                    c.put(
                        "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint",
                        Map.of("lineitems", "not a url")))));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("refusals")
  void aLaunchBreakingARuleIsRefusedWithItsReasonCode(
      String rule, ReasonCode expected, Scenario scenario) throws Exception {
    // when
    HttpResponse<String> page = scenario.run(lti);

    // then
    assertThat(reasonOf(page.body())).as(rule).isEqualTo(expected.name());
    assertThat(page.statusCode()).as(rule).isEqualTo(expected.httpStatus());
    assertThat(page.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    assertThat(page.body())
        .contains(expected.message().replace("'", "&#39;"))
        .containsPattern("class=\"correlation\">[0-9a-f]{16}<")
        .doesNotContain("Exception")
        .doesNotContain("eyJ");
  }

  @Test
  void theTableCoversAtLeast35RefusalsAndEveryRefusalCodeOfTheLaunch() {
    List<ReasonCode> covered = refusals().map(a -> (ReasonCode) a.get()[1]).toList();
    assertThat(covered).hasSizeGreaterThanOrEqualTo(35);
    assertThat(covered)
        .containsAll(Stream.of(ReasonCode.values()).filter(c -> c != INTERNAL_ERROR).toList());
  }

  static Stream<Arguments> mustPass() {
    return Stream.of(
        Arguments.of(
            "aud array with our client_id and a matching azp",
            (Consumer<Map<String, Object>>)
                c -> {
                  c.put(
                      "aud",
                      List.of(LtiHarness.CLIENT_ID, "https://lms.example.test/other-audience"));
                  c.put("azp", LtiHarness.CLIENT_ID);
                }),
        Arguments.of(
            "empty roles", (Consumer<Map<String, Object>>) c -> c.put(LTI + "roles", List.of())),
        Arguments.of(
            "unknown role URIs only",
            (Consumer<Map<String, Object>>)
                c ->
                    c.put(
                        LTI + "roles",
                        List.of(
                            "http://example.com/vocab#Wizard",
                            "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Faculty"))),
        Arguments.of("no context", (Consumer<Map<String, Object>>) c -> c.remove(LTI + "context")),
        Arguments.of(
            "no personal data",
            (Consumer<Map<String, Object>>)
                c -> {
                  c.remove("name");
                  c.remove("given_name");
                  c.remove("family_name");
                  c.remove("email");
                }),
        Arguments.of(
            "expired 4 s ago, within the 5 s leeway",
            (Consumer<Map<String, Object>>) c -> c.put("exp", (long) c.get("iat") - 4)),
        Arguments.of(
            "issued 4 s in the future, within the leeway",
            (Consumer<Map<String, Object>>) c -> c.put("iat", (long) c.get("iat") + 4)),
        Arguments.of(
            "short role names",
            (Consumer<Map<String, Object>>) c -> c.put(LTI + "roles", List.of("Learner"))),
        Arguments.of(
            "a deep linking request with its return URL",
            (Consumer<Map<String, Object>>)
                c -> {
                  c.put(LTI + "message_type", "LtiDeepLinkingRequest");
                  c.remove(LTI + "resource_link");
                  c.put(
                      "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings",
                      Map.of(
                          "deep_link_return_url",
                          TestPlatform.ISSUER + "/mod/lti/contentitem_return.php?course=2&id=1"));
                }));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mustPass")
  void aLaunchWithinTheRulesIsAccepted(String why, Consumer<Map<String, Object>> edit)
      throws Exception {
    HttpResponse<String> page = lti.post(lti.authorizedLaunch(LEARNER, edit));

    assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
    assertThat(LtiHarness.field(page.body(), "subject")).isEqualTo("1001");
  }
}
