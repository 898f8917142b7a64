package dk.bif.lti.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AgsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private Fixture fixture;
  private ReferencePlatform platform;
  private TinyTool tool;
  private String token;
  private final ServiceClient client = new ServiceClient();

  private void start(Profile profile) throws Exception {
    fixture = new Fixture(profile);
    platform = fixture.platform;
    tool = fixture.tool;
    token =
        tool.accessToken(
            platform,
            LtiClaims.SCOPE_LINEITEM,
            LtiClaims.SCOPE_SCORE,
            LtiClaims.SCOPE_RESULT_READONLY);
  }

  @AfterEach
  void stop() throws Exception {
    fixture.close();
  }

  private LineItem item() {
    return platform
        .gradebook()
        .createLineItem(
            "c1", "Del 1", 12, Optional.of("rl-1"), Optional.of("del1"), Optional.of("exam"));
  }

  private HttpResponse<String> score(LineItem item, String userId, String timestamp, double given)
      throws Exception {
    URI scores =
        URI.create(PlatformPaths.withSegment(platform.lineItemUri(item).toString(), "scores"));
    String body =
        "{\"userId\":\""
            + userId
            + "\",\"scoreGiven\":"
            + given
            + ",\"scoreMaximum\":12,"
            + "\"comment\":\"7-trinsskala\",\"timestamp\":\""
            + timestamp
            + "\","
            + "\"activityProgress\":\"Completed\",\"gradingProgress\":\"FullyGraded\"}";
    return client.send(scores, "POST", token, AgsEndpoints.SCORE_TYPE, body);
  }

  @Test
  void aLineItemIsCreatedFoundByFiltersAndDeleted() throws Exception {
    // given
    start(Profile.SPEC);
    String body =
        "{\"label\":\"Del 2\",\"scoreMaximum\":12,\"resourceId\":\"del2\",\"tag\":\"exam\",\"resourceLinkId\":\"rl-1\"}";
    // when
    HttpResponse<String> created =
        client.send(platform.lineItemsUri("c1"), "POST", token, AgsEndpoints.LINE_ITEM_TYPE, body);
    HttpResponse<String> found =
        client.get(
            URI.create(platform.lineItemsUri("c1") + "?resource_id=del2"),
            token,
            AgsEndpoints.CONTAINER_TYPE);
    HttpResponse<String> none =
        client.get(
            URI.create(platform.lineItemsUri("c1") + "?tag=quiz"),
            token,
            AgsEndpoints.CONTAINER_TYPE);
    URI id = URI.create(JSON.readTree(created.body()).get("id").asText());
    HttpResponse<String> deleted = client.send(id, "DELETE", token, "application/json", "");
    // then
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(JSON.readTree(found.body())).hasSize(1);
    assertThat(JSON.readTree(found.body()).get(0).get("label").asText()).isEqualTo("Del 2");
    assertThat(JSON.readTree(none.body())).isEmpty();
    assertThat(deleted.statusCode()).isEqualTo(204);
    assertThat(platform.gradebook().lineItems("c1")).isEmpty();
  }

  @Test
  void aLineItemWithoutLabelOrMaximumIsRefusedWith400() throws Exception {
    // given
    start(Profile.MOODLE);
    // when
    HttpResponse<String> answer =
        client.send(
            platform.lineItemsUri("c1"),
            "POST",
            token,
            AgsEndpoints.LINE_ITEM_TYPE,
            "{\"label\":\"x\"}");
    // then
    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.body()).contains("scoreMaximum");
  }

  @Test
  void theLineItemsContainerPagesWithLinkNextAndMoodleQuotesItTypographically() throws Exception {
    // given
    start(Profile.MOODLE);
    item();
    item();
    item();
    // when
    HttpResponse<String> first =
        client.get(
            URI.create(platform.lineItemsUri("c1") + "&limit=2"),
            token,
            AgsEndpoints.CONTAINER_TYPE);
    // then
    String raw = first.headers().firstValue("Link").orElseThrow();
    String link =
        new String(
            raw.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1),
            java.nio.charset.StandardCharsets.UTF_8);
    assertThat(link).contains("rel=\u201cnext\u201d").contains("type_id=1").contains("from=2");
    assertThat(JSON.readTree(first.body())).hasSize(2);
    String next = link.substring(1, link.indexOf('>'));
    HttpResponse<String> second = client.get(URI.create(next), token, AgsEndpoints.CONTAINER_TYPE);
    assertThat(JSON.readTree(second.body())).hasSize(1);
    assertThat(second.headers().firstValue("Link")).isEmpty();
  }

  @Test
  void moodleScoresGoToThePathBeforeTheQueryAndAreStoredWith200() throws Exception {
    // given
    start(Profile.MOODLE);
    LineItem item = item();
    // when
    HttpResponse<String> answer = score(item, "101", "2026-12-01T09:00:00.123Z", 10);
    // then
    assertThat(platform.lineItemUri(item).toString()).endsWith("/lineitem?type_id=1");
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    assertThat(answer.body()).isEmpty();
    RecordedScore stored = platform.gradebook().score(item.id(), "101").orElseThrow();
    assertThat(stored.scoreGiven()).contains(10.0);
    assertThat(stored.comment()).contains("7-trinsskala");
    assertThat(stored.isFinal()).isTrue();
  }

  @Test
  void moodleRefusesAScoreThatIsNotNewerInWholeSecondsWith409() throws Exception {
    // given
    start(Profile.MOODLE);
    LineItem item = item();
    score(item, "101", "2026-12-01T09:00:00.100Z", 10);
    // when
    HttpResponse<String> sameSecond = score(item, "101", "2026-12-01T09:00:00.900Z", 4);
    HttpResponse<String> older = score(item, "101", "2026-12-01T08:00:00Z", 2);
    HttpResponse<String> newer = score(item, "101", "2026-12-01T09:00:01Z", 7);
    // then
    assertThat(sameSecond.statusCode()).isEqualTo(409);
    assertThat(older.statusCode()).isEqualTo(409);
    assertThat(newer.statusCode()).isEqualTo(200);
    assertThat(platform.gradebook().score(item.id(), "101").orElseThrow().scoreGiven())
        .contains(7.0);
    assertThat(platform.gradebook().deliveries())
        .extracting(ScoreDelivery::outcome)
        .containsExactly(
            ScoreDelivery.Outcome.STORED,
            ScoreDelivery.Outcome.REFUSED_NOT_NEWER,
            ScoreDelivery.Outcome.REFUSED_NOT_NEWER,
            ScoreDelivery.Outcome.STORED);
  }

  @Test
  void theSpecProfileIgnoresAnOlderScoreButAnswers204() throws Exception {
    // given
    start(Profile.SPEC);
    LineItem item = item();
    score(item, "101", "2026-12-01T09:00:00Z", 10);
    // when
    HttpResponse<String> older = score(item, "101", "2026-12-01T08:00:00Z", 2);
    // then
    assertThat(older.statusCode()).isEqualTo(204);
    assertThat(platform.gradebook().score(item.id(), "101").orElseThrow().scoreGiven())
        .contains(10.0);
    assertThat(platform.gradebook().deliveries())
        .last()
        .extracting(ScoreDelivery::outcome)
        .isEqualTo(ScoreDelivery.Outcome.IGNORED_OLDER);
  }

  @Test
  void concurrentScoresInAnyOrderLeaveTheNewestValueStored() throws Exception {
    // given
    start(Profile.SPEC);
    LineItem item = item();
    java.util.List<Integer> seconds = new java.util.ArrayList<>();
    for (int s = 0; s < 60; s++) {
      seconds.add(s);
    }
    java.util.Collections.shuffle(seconds, new java.util.Random(3));
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(6);
    // when
    try {
      java.util.List<java.util.concurrent.Future<HttpResponse<String>>> posts =
          new java.util.ArrayList<>();
      for (int s : seconds) {
        posts.add(
            pool.submit(
                () -> score(item, "101", String.format("2026-12-01T09:00:%02dZ", s), s % 13)));
      }
      for (java.util.concurrent.Future<HttpResponse<String>> post : posts) {
        assertThat(post.get().statusCode()).isEqualTo(204);
      }
    } finally {
      pool.shutdown();
    }
    // then
    RecordedScore stored = platform.gradebook().score(item.id(), "101").orElseThrow();
    assertThat(stored.timestamp()).isEqualTo(java.time.Instant.parse("2026-12-01T09:00:59Z"));
    assertThat(stored.scoreGiven()).contains((double) (59 % 13));
    assertThat(platform.gradebook().deliveries()).hasSize(60);
  }

  @Test
  void aScoreForAnUnknownUserIsRefusedWith422AndLogged() throws Exception {
    // given
    start(Profile.SPEC);
    LineItem item = item();
    // when
    HttpResponse<String> answer = score(item, "999", "2026-12-01T09:00:00Z", 10);
    // then
    assertThat(answer.statusCode()).isEqualTo(422);
    assertThat(platform.gradebook().deliveries())
        .singleElement()
        .extracting(ScoreDelivery::outcome)
        .isEqualTo(ScoreDelivery.Outcome.INVALID);
  }

  @Test
  void aScoreWithoutTimestampOrWithTheWrongMediaTypeIsRefused() throws Exception {
    // given
    start(Profile.SPEC);
    LineItem item = item();
    URI scores =
        URI.create(PlatformPaths.withSegment(platform.lineItemUri(item).toString(), "scores"));
    // when
    HttpResponse<String> noTimestamp =
        client.send(
            scores,
            "POST",
            token,
            AgsEndpoints.SCORE_TYPE,
            "{\"userId\":\"101\",\"activityProgress\":\"Completed\",\"gradingProgress\":\"FullyGraded\"}");
    HttpResponse<String> wrongType = client.send(scores, "POST", token, "application/json", "{}");
    // then
    assertThat(noTimestamp.statusCode()).isEqualTo(400);
    assertThat(noTimestamp.body()).contains("timestamp");
    assertThat(wrongType.statusCode()).isEqualTo(415);
  }

  @Test
  void resultsReportTheStoredScoreOnTheLineItemsScale() throws Exception {
    // given
    start(Profile.SPEC);
    LineItem item = item();
    score(item, "101", "2026-12-01T09:00:00Z", 10);
    // when
    HttpResponse<String> answer =
        client.get(
            URI.create(PlatformPaths.withSegment(platform.lineItemUri(item).toString(), "results")),
            token,
            AgsEndpoints.RESULTS_TYPE);
    // then
    JsonNode results = JSON.readTree(answer.body());
    assertThat(results).hasSize(1);
    assertThat(results.get(0).get("userId").asText()).isEqualTo("101");
    assertThat(results.get(0).get("resultScore").asDouble()).isEqualTo(10.0);
    assertThat(results.get(0).get("resultMaximum").asDouble()).isEqualTo(12.0);
  }

  @Test
  void anExpiredAccessTokenGets401AndAMissingScope403() throws Exception {
    // given
    start(Profile.SPEC);
    String readOnly = tool.accessToken(platform, LtiClaims.SCOPE_NRPS);
    // when
    HttpResponse<String> wrongScope =
        client.get(platform.lineItemsUri("c1"), readOnly, AgsEndpoints.CONTAINER_TYPE);
    platform.expireAccessTokens();
    HttpResponse<String> expired =
        client.get(platform.lineItemsUri("c1"), token, AgsEndpoints.CONTAINER_TYPE);
    // then
    assertThat(wrongScope.statusCode()).isEqualTo(403);
    assertThat(expired.statusCode()).isEqualTo(401);
    assertThat(expired.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(v -> assertThat(v).contains("invalid_token"));
  }

  @Test
  void injectedFaultsAnswerScoresBeforeTheyAreLookedAtAndAreLogged() throws Exception {
    // given
    start(Profile.CANVAS);
    LineItem item = item();
    platform.faults().failNext(Faults.Target.AGS, 1, 503).canvasRateLimitNext(Faults.Target.AGS, 1);
    // when
    HttpResponse<String> unavailable = score(item, "101", "2026-12-01T09:00:00Z", 10);
    HttpResponse<String> limited = score(item, "101", "2026-12-01T09:00:00Z", 10);
    HttpResponse<String> stored = score(item, "101", "2026-12-01T09:00:00Z", 10);
    // then
    assertThat(unavailable.statusCode()).isEqualTo(503);
    assertThat(limited.statusCode()).isEqualTo(403);
    assertThat(limited.body()).contains("Rate Limit Exceeded");
    assertThat(stored.statusCode()).isEqualTo(200);
    assertThat(stored.body()).contains("resultUrl");
    assertThat(stored.headers().firstValue("X-Rate-Limit-Remaining")).isPresent();
    assertThat(platform.gradebook().deliveries())
        .extracting(ScoreDelivery::outcome)
        .containsExactly(
            ScoreDelivery.Outcome.FAULT, ScoreDelivery.Outcome.FAULT, ScoreDelivery.Outcome.STORED);
  }

  @Test
  void aDroppedConnectionGivesTheClientAnIoError() throws Exception {
    // given
    start(Profile.SPEC);
    LineItem item = item();
    platform.faults().dropNext(Faults.Target.AGS, 1);
    // when / then
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> score(item, "101", "2026-12-01T09:00:00Z", 10))
        .isInstanceOf(java.io.IOException.class);
    assertThat(score(item, "101", "2026-12-01T09:00:00Z", 10).statusCode()).isEqualTo(204);
  }
}
