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
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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

  /** A form body sent as raw bytes, as a careless or hostile client would. */
  private static Scenario rawPost(String path, byte[] body) {
    return h ->
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(h.toolUrl(path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
  }

  private static Scenario rawPost(String path, String body) {
    return rawPost(path, body.getBytes(StandardCharsets.ISO_8859_1));
  }

  /** A GET with a raw query string. */
  private static Scenario rawGet(String pathAndQuery) {
    return h ->
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(h.toolUrl("/") + pathAndQuery.substring(1)))
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofString());
  }

  /** A form with more distinct fields than the container accepts (Jetty: 1000). */
  private static String manyFields(int count) {
    StringBuilder form = new StringBuilder("state=s");
    for (int i = 0; i < count; i++) form.append("&f").append(i).append("=1");
    return form.toString();
  }

  /** A launch whose signed token is respelled on the way: same bytes, another encoding. */
  private static Scenario respelled(java.util.function.UnaryOperator<String[]> change) {
    return posted(
        (h, l) -> {
          String[] parts = change.apply(l.idToken().split("\\.", -1));
          return h.postLaunch(String.join(".", parts), l.state(), l.login().cookie());
        });
  }

  /** The same bytes with stray bits in the last character: 'Q' and 'R' both end "A". */
  private static String strayBits(String part) {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    char last = part.charAt(part.length() - 1);
    return part.substring(0, part.length() - 1) + alphabet.charAt(alphabet.indexOf(last) | 1);
  }

  private static final String DL_SETTINGS =
      "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings";

  /** A deep linking request whose return URL is {@code url}. */
  private static Scenario deepLinkReturningTo(String url) {
    return claims(
        c -> {
          c.put(LTI + "message_type", "LtiDeepLinkingRequest");
          c.remove(LTI + "resource_link");
          c.put(
              DL_SETTINGS,
              Map.of("deep_link_return_url", url, "accept_types", List.of("ltiResourceLink")));
        });
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
        row(
            "login whose form has a broken % escape",
            REQUEST_MALFORMED, rawPost("/lti/login", "iss=%&login_hint=1001")),
        row(
            "login whose form is not UTF-8",
            REQUEST_MALFORMED,
            rawPost("/lti/login", new byte[] {'i', 's', 's', '=', (byte) 0xC3, (byte) 0x28})),
        row(
            "login whose query string is not UTF-8",
            REQUEST_MALFORMED,
            rawGet("/lti/login?iss=%C3%28&login_hint=1001")),
        // the launch request and its state
        row(
            "launch whose form has a broken % escape",
            REQUEST_MALFORMED, rawPost("/lti/launch", "id_token=%ZZ&state=s")),
        row(
            "launch whose form is not UTF-8 (an overlong encoding)",
            REQUEST_MALFORMED,
            rawPost("/lti/launch", "state=s&id_token=%E0%80%80")),
        row(
            "launch whose form is larger than the container accepts",
            REQUEST_MALFORMED,
            rawPost("/lti/launch", "state=s&id_token=" + "x".repeat(250_000))),
        row(
            "launch whose form has more fields than the container accepts",
            REQUEST_MALFORMED,
            rawPost("/lti/launch", manyFields(1500))),
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
            "a signature with stray bits in its last character (same bytes, non-canonical)",
            TOKEN_MALFORMED,
            respelled(p -> new String[] {p[0], p[1], strayBits(p[2])})),
        row(
            "a payload with base64 padding",
            TOKEN_MALFORMED,
            respelled(p -> new String[] {p[0], p[1] + "=", p[2]})),
        row(
            "a header with stray bits in its last character",
            TOKEN_MALFORMED,
            respelled(p -> new String[] {strayBits(p[0]), p[1], p[2]})),
        row(
            "a crit header naming an extension",
            CRIT_UNSUPPORTED,
            forged(
                (c, p) ->
                    p.sign(
                        new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(p.signingKey().getKeyID())
                            .criticalParams(java.util.Set.of("exp"))
                            .build(),
                        c,
                        p.signer()))),
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
        row("azp empty (malformed, not absent)", CLAIM_MALFORMED, claims(c -> c.put("azp", ""))),
        row(
            "azp empty with several audiences",
            CLAIM_MALFORMED,
            claims(
                c -> {
                  c.put("aud", List.of(LtiHarness.CLIENT_ID, "other"));
                  c.put("azp", " ");
                })),
        row("no exp", EXP_MISSING, claims(c -> c.remove("exp"))),
        row(
            "exp passed beyond the leeway",
            TOKEN_EXPIRED,
            claims(c -> c.put("exp", (long) c.get("iat") - 6))),
        row(
            "exp of 2^63 - 1 (exp + leeway overflows)",
            CLAIM_MALFORMED,
            claims(c -> c.put("exp", Long.MAX_VALUE))),
        row(
            "exp beyond 64 bits",
            CLAIM_MALFORMED,
            claims(c -> c.put("exp", new java.math.BigInteger("18446744073709551616")))),
        row("exp of 1e300", CLAIM_MALFORMED, claims(c -> c.put("exp", 1e300))),
        row("exp as a string", CLAIM_MALFORMED, claims(c -> c.put("exp", "tomorrow"))),
        row("iat before 1970", CLAIM_MALFORMED, claims(c -> c.put("iat", -1L))),
        row(
            "iat of -2^63 (now - iat overflows)",
            CLAIM_MALFORMED,
            claims(c -> c.put("iat", Long.MIN_VALUE))),
        row(
            "nbf beyond the leeway",
            TOKEN_NOT_YET_VALID,
            claims(c -> c.put("nbf", (long) c.get("iat") + 6))),
        row("nbf as a string", CLAIM_MALFORMED, claims(c -> c.put("nbf", "soon"))),
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
            "deep_link_return_url with a javascript: URL",
            DEEP_LINK_RETURN_URL_INVALID,
            deepLinkReturningTo("javascript:alert(document.domain)")),
        row(
            "deep_link_return_url with a data: URL",
            DEEP_LINK_RETURN_URL_INVALID,
            deepLinkReturningTo("data:text/html,<script>alert(1)</script>")),
        row(
            "deep_link_return_url over plain http",
            DEEP_LINK_RETURN_URL_INVALID,
            deepLinkReturningTo("http://lms.example.test/mod/lti/contentitem_return.php")),
        row(
            "deep_link_return_url over plain http on loopback, not allowed by default",
            DEEP_LINK_RETURN_URL_INVALID,
            deepLinkReturningTo("http://127.0.0.1:8081/mod/lti/contentitem_return.php")),
        row(
            "deep_link_return_url that is not absolute",
            DEEP_LINK_RETURN_URL_INVALID,
            deepLinkReturningTo("/mod/lti/contentitem_return.php")),
        row(
            "launch_presentation.return_url with a javascript: URL",
            CLAIM_MALFORMED,
            claims(
                c ->
                    c.put(
                        LTI + "launch_presentation", Map.of("return_url", "javascript:alert(1)")))),
        row(
            "launch_presentation.return_url with a data: URL",
            CLAIM_MALFORMED,
            claims(
                c ->
                    c.put(
                        LTI + "launch_presentation",
                        Map.of("return_url", "data:text/html,<script>alert(1)</script>")))),
        row(
            "AGS lineitems URL over 2000 characters",
            CLAIM_TOO_LARGE,
            claims(
                c ->
                    c.put(
                        "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint",
                        Map.of(
                            "lineitems",
                            TestPlatform.ISSUER + "/lineitems?x=" + "a".repeat(2000))))),
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
    assertThat(page.headers().firstValue("Server")).as("no Server header").isEmpty();
    assertThat(page.headers().firstValue("Content-Security-Policy"))
        .as(rule)
        .hasValueSatisfying(
            csp ->
                assertThat(csp)
                    .startsWith("default-src 'none';")
                    .contains("frame-ancestors 'self' " + TestPlatform.ISSUER));
    assertThat(page.body())
        .contains(expected.message())
        .containsPattern("class=\"correlation\">[0-9a-f]{16}<")
        .doesNotContain("Exception")
        .doesNotContain("eyJ");
  }

  @Test
  void theTableCoversAtLeast35RefusalsAndEveryRefusalCodeOfTheLaunch() {
    List<ReasonCode> covered = refusals().map(a -> (ReasonCode) a.get()[1]).toList();
    assertThat(covered).hasSizeGreaterThanOrEqualTo(35);
    assertThat(covered)
        .containsAll(
            Stream.of(ReasonCode.values())
                .filter(c -> c != INTERNAL_ERROR)
                .filter(c -> !PlatformStorageRoundTripTest.COVERED.contains(c))
                .toList());
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
            "nbf 4 s in the future, within the leeway",
            (Consumer<Map<String, Object>>) c -> c.put("nbf", (long) c.get("iat") + 4)),
        Arguments.of(
            "nbf in the past", (Consumer<Map<String, Object>>) c -> c.put("nbf", c.get("iat"))),
        Arguments.of(
            "exp as a fraction of a second",
            (Consumer<Map<String, Object>>) c -> c.put("exp", (long) c.get("iat") + 60.5)),
        Arguments.of(
            "a return_url over plain http (only navigated to, never posted to)",
            (Consumer<Map<String, Object>>)
                c ->
                    c.put(
                        LTI + "launch_presentation",
                        Map.of("return_url", "http://lms.example.test/course/view.php?id=42"))),
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
