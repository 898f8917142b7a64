package dk.bif.lti.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TokenEndpointTest {
  private ReferencePlatform platform;
  private TinyTool tool;
  private final ServiceClient client = new ServiceClient();

  @BeforeEach
  void start() throws Exception {
    platform = ReferencePlatform.builder().start();
    tool = new TinyTool();
    tool.registerWith(platform, "client-1");
  }

  @AfterEach
  void stop() throws Exception {
    tool.close();
    platform.close();
  }

  private Date inFiveMinutes() {
    return new Date(System.currentTimeMillis() + 300_000);
  }

  private HttpResponse<String> request(String assertion, String scope) throws Exception {
    return request(platform.tokenUri(), assertion, scope);
  }

  private HttpResponse<String> request(java.net.URI tokenUri, String assertion, String scope)
      throws Exception {
    return client.postForm(
        tokenUri,
        Map.of(
            "grant_type",
            "client_credentials",
            "client_assertion_type",
            TokenEndpoint.ASSERTION_TYPE,
            "client_assertion",
            assertion,
            "scope",
            scope));
  }

  @Test
  void aValidClientAssertionGetsABearerTokenForTheRequestedScopes() throws Exception {
    // given
    String assertion =
        tool.clientAssertion(
            platform.tokenUri().toString(), UUID.randomUUID().toString(), inFiveMinutes());
    // when
    HttpResponse<String> answer =
        request(assertion, LtiClaims.SCOPE_SCORE + " " + LtiClaims.SCOPE_NRPS);
    // then
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    JsonNode body = new ObjectMapper().readTree(answer.body());
    assertThat(body.get("token_type").asText()).isEqualTo("Bearer");
    assertThat(body.get("expires_in").asLong()).isEqualTo(3600);
    assertThat(body.get("scope").asText())
        .isEqualTo(LtiClaims.SCOPE_SCORE + " " + LtiClaims.SCOPE_NRPS);
    assertThat(platform.tokensIssued()).isEqualTo(1);
  }

  @Test
  void aReusedJtiIsRefused() throws Exception {
    // given
    String assertion =
        tool.clientAssertion(platform.tokenUri().toString(), "jti-1", inFiveMinutes());
    request(assertion, LtiClaims.SCOPE_SCORE);
    // when
    HttpResponse<String> again = request(assertion, LtiClaims.SCOPE_SCORE);
    // then
    assertThat(again.statusCode()).isEqualTo(400);
    assertThat(again.body()).contains("invalid_grant").contains("jti");
    assertThat(platform.tokenCalls()).hasSize(2);
    assertThat(platform.tokensIssued()).isEqualTo(1);
  }

  @Test
  void anAudienceWithATrailingSlashIsRefused() throws Exception {
    // given
    String assertion = tool.clientAssertion(platform.tokenUri() + "/", "j", inFiveMinutes());
    // when
    HttpResponse<String> answer = request(assertion, LtiClaims.SCOPE_SCORE);
    // then
    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.body()).contains("aud must contain");
  }

  @Test
  void anExpiredAssertionIsRefused() throws Exception {
    // given
    String assertion =
        tool.clientAssertion(
            platform.tokenUri().toString(), "j", new Date(System.currentTimeMillis() - 60_000));
    // when
    HttpResponse<String> answer = request(assertion, LtiClaims.SCOPE_SCORE);
    // then
    assertThat(answer.body()).contains("expired");
  }

  @Test
  void anAssertionSignedWithAKeyOutsideTheToolsKeySetIsRefusedAsInvalidClient() throws Exception {
    // given
    String assertion = tool.clientAssertion(platform.tokenUri().toString(), "j", inFiveMinutes());
    TinyTool other = new TinyTool();
    other.clientId = "client-1";
    String forged = other.clientAssertion(platform.tokenUri().toString(), "j2", inFiveMinutes());
    other.close();
    // when
    HttpResponse<String> answer = request(forged, LtiClaims.SCOPE_SCORE);
    // then
    assertThat(assertion).isNotEqualTo(forged);
    assertThat(answer.statusCode()).isEqualTo(401);
    assertThat(answer.body()).contains("invalid_client");
  }

  @Test
  void anUnreachableToolKeySetIsRefusedAsInvalidClient() throws Exception {
    // given
    String assertion = tool.clientAssertion(platform.tokenUri().toString(), "j", inFiveMinutes());
    tool.close();
    // when
    HttpResponse<String> answer = request(assertion, LtiClaims.SCOPE_SCORE);
    // then
    assertThat(answer.statusCode()).isEqualTo(401);
    assertThat(answer.body()).contains("cannot fetch the tool's JWK Set");
  }

  @Test
  void onlyScopesRegisteredForTheToolAreGrantedAndNoneIsAnInvalidScope() throws Exception {
    // given
    String assertion = tool.clientAssertion(platform.tokenUri().toString(), "j", inFiveMinutes());
    // when
    HttpResponse<String> answer = request(assertion, "https://example.com/scope/other");
    // then
    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.body()).contains("invalid_scope");
  }

  @Test
  void aConfiguredAudienceReplacesTheTokenUrl() throws Exception {
    // given
    try (ReferencePlatform d2l =
        ReferencePlatform.builder()
            .profile(Profile.BRIGHTSPACE)
            .tokenAudience("https://api.brightspace.com/auth/token")
            .start()) {
      tool.registerWith(d2l, "client-1");
      // when
      HttpResponse<String> ok =
          request(
              d2l.tokenUri(),
              tool.clientAssertion(d2l.tokenAudience(), "a", inFiveMinutes()),
              LtiClaims.SCOPE_SCORE);
      HttpResponse<String> array =
          request(
              d2l.tokenUri(),
              tool.clientAssertion(List.of(d2l.tokenAudience(), "x"), "b", inFiveMinutes()),
              LtiClaims.SCOPE_SCORE);
      // then
      assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
      assertThat(array.statusCode()).isEqualTo(500);
    }
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"jwks", "jwk", "pem"})
  void aPastedToolKeyVerifiesTheClientAssertionAsItslearningAllows(String form) throws Exception {
    // given
    com.nimbusds.jose.jwk.RSAKey pub = tool.key.toPublicJWK();
    String pasted =
        switch (form) {
          case "jwks" -> new com.nimbusds.jose.jwk.JWKSet(pub).toString();
          case "jwk" -> pub.toJSONString();
          default ->
              "-----BEGIN PUBLIC KEY-----\n"
                  + java.util.Base64.getMimeEncoder()
                      .encodeToString(pub.toRSAPublicKey().getEncoded())
                  + "\n-----END PUBLIC KEY-----\n";
        };
    platform.register(
        ToolRegistration.builder("client-1")
            .deployment("dep-1")
            .loginInitiationUri(tool.base.resolve("/lti/login"))
            .launchUri(tool.base.resolve("/lti/launch"))
            .staticJwks(pasted)
            .build());
    tool.close(); // nothing is fetched
    // when
    HttpResponse<String> answer =
        request(
            tool.clientAssertion(platform.tokenAudience(), "p", inFiveMinutes()),
            LtiClaims.SCOPE_SCORE);
    // then
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
  }

  @Test
  void aWrongGrantTypeIsRefused() throws Exception {
    // when
    HttpResponse<String> answer =
        client.postForm(platform.tokenUri(), Map.of("grant_type", "password"));
    // then
    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.body()).contains("unsupported_grant_type");
  }

  @Test
  void injectedRateLimitsAnswer429WithRetryAfterAndAreNotLogged() throws Exception {
    // given
    platform.faults().rateLimitNext(Faults.Target.TOKEN, 1, 7);
    String assertion = tool.clientAssertion(platform.tokenUri().toString(), "j", inFiveMinutes());
    // when
    HttpResponse<String> limited = request(assertion, LtiClaims.SCOPE_SCORE);
    HttpResponse<String> ok = request(assertion, LtiClaims.SCOPE_SCORE);
    // then
    assertThat(limited.statusCode()).isEqualTo(429);
    assertThat(limited.headers().firstValue("Retry-After")).contains("7");
    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(platform.faults().fired()).isEqualTo(1);
  }
}
