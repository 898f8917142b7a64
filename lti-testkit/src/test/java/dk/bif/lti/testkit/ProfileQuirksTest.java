package dk.bif.lti.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ProfileQuirksTest {
  private Fixture fixture;
  private ReferencePlatform platform;
  private String token;
  private LineItem item;
  private final ServiceClient client = new ServiceClient();

  private void start(Profile profile) throws Exception {
    fixture = new Fixture(profile);
    platform = fixture.platform;
    item =
        platform
            .gradebook()
            .createLineItem(
                "c1", "Del 1", 12, Optional.of("rl-1"), Optional.empty(), Optional.empty());
    token = fixture.tool.accessToken(platform, LtiClaims.SCOPE_SCORE, LtiClaims.SCOPE_LINEITEM);
  }

  @AfterEach
  void stop() throws Exception {
    if (fixture != null) {
      fixture.close();
    }
  }

  private URI scores() {
    return URI.create(PlatformPaths.withSegment(platform.lineItemUri(item).toString(), "scores"));
  }

  private HttpResponse<String> score(double given, double max, String grading) throws Exception {
    return client.send(
        scores(),
        "POST",
        token,
        AgsEndpoints.SCORE_TYPE,
        "{\"userId\":\"101\",\"scoreGiven\":"
            + given
            + ",\"scoreMaximum\":"
            + max
            + ",\"timestamp\":\"2026-12-01T09:00:00.000+01:00\",\"activityProgress\":\"Completed\","
            + "\"gradingProgress\":\""
            + grading
            + "\"}");
  }

  @Test
  void moodleIgnoresScoreGivenUnlessFullyGraded() throws Exception {
    // given
    start(Profile.MOODLE);
    // when
    score(7, 12, "PendingManual");
    // then
    RecordedScore stored = platform.gradebook().score(item.id(), "101").orElseThrow();
    assertThat(stored.scoreGiven()).isEmpty();
    assertThat(stored.gradingProgress()).isEqualTo("PendingManual");
  }

  @Test
  void brightspaceCapsAScoreAtItsMaximum() throws Exception {
    // given
    start(Profile.BRIGHTSPACE);
    // when
    score(15, 12, "FullyGraded");
    // then
    assertThat(platform.gradebook().score(item.id(), "101").orElseThrow().scoreGiven())
        .contains(12.0);
  }

  @Test
  void canvasRefusesAServiceCallWithoutUserAgent() throws Exception {
    // given
    start(Profile.CANVAS);
    URI uri = platform.lineItemsUri("c1");
    String answer;
    // when: a raw request, since java.net.http always sends a User-Agent
    try (java.net.Socket socket = new java.net.Socket(uri.getHost(), uri.getPort())) {
      socket
          .getOutputStream()
          .write(
              ("GET "
                      + uri.getRawPath()
                      + " HTTP/1.1\r\nHost: "
                      + uri.getAuthority()
                      + "\r\nAuthorization: Bearer "
                      + token
                      + "\r\nConnection: close\r\n\r\n")
                  .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      answer =
          new String(
              socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    // then
    assertThat(answer).startsWith("HTTP/1.1 400").contains("User-Agent");
  }

  @Test
  void canvasUsesOneIssuerForEveryCustomerAndSendsTheLegacyUserId() throws Exception {
    // given
    try (ReferencePlatform canvas =
        ReferencePlatform.builder()
            .profile(Profile.CANVAS)
            .issuer("https://canvas.instructure.com")
            .start()) {
      canvas.register(
          ToolRegistration.forBifTool("client-1", "dep-1", URI.create("http://127.0.0.1:9")));
      canvas
          .addUser(PlatformUser.learner("101", "Ann", "Hansen"))
          .addCourse(Course.of("c1", "L", "T"));
      canvas.addLink(ResourceLink.of("rl-1", "c1", "Del 1"));
      // when
      java.util.Map<String, Object> claims =
          canvas.tokens().resourceLinkLaunch("101", "rl-1").claims();
      // then
      assertThat(claims)
          .containsEntry("iss", "https://canvas.instructure.com")
          .containsKey(LtiClaims.LTI11_LEGACY_USER_ID);
      assertThat(canvas.startLaunch(LaunchRequest.resourceLink("101", "rl-1")).post()).isTrue();
    }
  }

  @Test
  void moodleIdTokensLiveSixtySecondsAndCarryTheBasicOutcomeClaim() throws Exception {
    // given
    start(Profile.MOODLE);
    // when
    java.util.Map<String, Object> claims =
        platform.tokens().resourceLinkLaunch("101", "rl-1").claims();
    // then
    assertThat(((Number) claims.get("exp")).longValue() - ((Number) claims.get("iat")).longValue())
        .isEqualTo(60);
    assertThat(claims).containsKey(LtiClaims.BASIC_OUTCOME).doesNotContainKey("azp");
    assertThat(claims.get("aud")).isEqualTo("client-1");
    @SuppressWarnings("unchecked")
    java.util.Map<String, Object> ags =
        (java.util.Map<String, Object>) claims.get(LtiClaims.AGS_ENDPOINT);
    assertThat(ags).containsEntry("lineitem", platform.lineItemUri(item).toString());
  }

  @Test
  void anUnreachableKeySetClosesTheConnectionUntilCleared() throws Exception {
    // given
    start(Profile.SPEC);
    platform.faults().unreachable(Faults.Target.JWKS);
    HttpRequest request = HttpRequest.newBuilder(platform.jwksUri()).GET().build();
    // when / then
    assertThatThrownBy(
            () -> HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()))
        .isInstanceOf(IOException.class);
    platform.faults().clear();
    assertThat(
            HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.ofString())
                .statusCode())
        .isEqualTo(200);
  }

  @Test
  void aDownEndpointAnswers503WithRetryAfterUntilCleared() throws Exception {
    // given
    start(Profile.SPEC);
    platform.faults().down(Faults.Target.AGS);
    // when
    HttpResponse<String> down = score(7, 12, "FullyGraded");
    platform.faults().clear();
    HttpResponse<String> up = score(7, 12, "FullyGraded");
    // then
    assertThat(down.statusCode()).isEqualTo(503);
    assertThat(down.headers().firstValue("Retry-After")).contains("1");
    assertThat(up.statusCode()).isEqualTo(204);
  }

  @Test
  void tokensThatExpireEarlyStopWorkingAfterTheirUsesAndAFreshTokenWorks() throws Exception {
    // given
    start(Profile.SPEC);
    platform.faults().expireTokensAfterUses(2);
    // when
    int first =
        client.get(platform.lineItemsUri("c1"), token, AgsEndpoints.CONTAINER_TYPE).statusCode();
    int second =
        client.get(platform.lineItemsUri("c1"), token, AgsEndpoints.CONTAINER_TYPE).statusCode();
    int third =
        client.get(platform.lineItemsUri("c1"), token, AgsEndpoints.CONTAINER_TYPE).statusCode();
    String fresh = fixture.tool.accessToken(platform, LtiClaims.SCOPE_LINEITEM);
    int renewed =
        client.get(platform.lineItemsUri("c1"), fresh, AgsEndpoints.CONTAINER_TYPE).statusCode();
    // then
    assertThat(java.util.List.of(first, second, third, renewed))
        .containsExactly(200, 200, 401, 200);
  }

  @Test
  void aSlowEndpointStillAnswersNormally() throws Exception {
    // given
    start(Profile.SPEC);
    platform.faults().slow(Faults.Target.AGS, java.time.Duration.ofMillis(20));
    // when
    HttpResponse<String> answer =
        client.get(platform.lineItemsUri("c1"), token, AgsEndpoints.CONTAINER_TYPE);
    // then
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(platform.faults().fired()).isEqualTo(1);
  }

  @Test
  void randomFailuresHitAboutTheirShareOfRequests() throws Exception {
    // given
    start(Profile.SPEC);
    platform.faults().seed(7).failRandomly(Faults.Target.AGS, 0.3, 500);
    int failed = 0;
    // when
    for (int i = 0; i < 200; i++) {
      if (client.get(platform.lineItemsUri("c1"), token, AgsEndpoints.CONTAINER_TYPE).statusCode()
          == 500) {
        failed++;
      }
    }
    // then
    assertThat(failed).isBetween(30, 90);
    assertThat(platform.faults().fired()).isEqualTo(failed);
  }
}
