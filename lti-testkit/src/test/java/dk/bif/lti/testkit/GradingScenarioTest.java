package dk.bif.lti.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The story the platform exists for: a teacher deep-links a Del 1 exam into the course, launches
 * it, and grades 25 participants through AGS; the gradebook holds 25 final scores.
 */
class GradingScenarioTest {

  @Test
  void aDeepLinkedExamGradedFor25ParticipantsEndsWith25FinalScoresInTheGradebook()
      throws Exception {
    try (ReferencePlatform lms = ReferencePlatform.builder().profile(Profile.MOODLE).start();
        TinyTool tool = new TinyTool()) {
      // given a course with a teacher and 25 participants
      tool.registerWith(lms, "client-1");
      lms.addUser(PlatformUser.instructor("t1", "Tove", "Lund"))
          .addCourse(Course.of("c1", "BIF-H1", "BIF hold 1"))
          .enrol("c1", "t1");
      for (int i = 1; i <= 25; i++) {
        lms.addUser(PlatformUser.learner("p" + i, "Deltager", "Nr" + i)).enrol("c1", "p" + i);
      }
      // when the teacher deep-links the exam
      LtiBrowser browser = new LtiBrowser();
      BrowserResponse post =
          browser.step(
              browser.step(
                  browser.open(
                      lms.launchUri(
                          LaunchRequest.deepLinking(
                              "t1", "c1", DeepLinkingSettings.resourceLinks("d-1"))))));
      JWTClaimsSet request =
          SignedJWT.parse(post.form().orElseThrow().fields().get("id_token")).getJWTClaimsSet();
      browser.post(
          TinyTool.returnUrl(request),
          Map.of("JWT", tool.deepLinkingResponse(request, b -> b)),
          tool.base);
      String linkId = lms.deepLinkReturns().get(0).createdLinkIds().get(0);
      // and launches it: the AGS claim names the line item
      ForgedToken launch = lms.tokens().resourceLinkLaunch("t1", linkId);
      @SuppressWarnings("unchecked")
      String lineItemUrl =
          (String)
              ((Map<String, Object>) launch.claims().get(LtiClaims.AGS_ENDPOINT)).get("lineitem");
      // and grades every participant
      String token = tool.accessToken(lms, LtiClaims.SCOPE_SCORE);
      URI scores = URI.create(PlatformPaths.withSegment(lineItemUrl, "scores"));
      ServiceClient client = new ServiceClient();
      int[] scale = {-3, 0, 2, 4, 7, 10, 12};
      for (int i = 1; i <= 25; i++) {
        int grade = Math.max(0, scale[i % scale.length]);
        HttpResponse<String> answer =
            client.send(
                scores,
                "POST",
                token,
                AgsEndpoints.SCORE_TYPE,
                "{\"userId\":\"p"
                    + i
                    + "\",\"scoreGiven\":"
                    + grade
                    + ",\"scoreMaximum\":12,"
                    + "\"timestamp\":\"2026-12-01T10:00:00.000Z\",\"activityProgress\":\"Completed\","
                    + "\"gradingProgress\":\"FullyGraded\"}");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
      }
      // then
      String lineItemId = lms.gradebook().lineItemsOfLink(linkId).get(0).id();
      Map<String, RecordedScore> book = lms.gradebook().scores(lineItemId);
      assertThat(lineItemUrl).endsWith("/lineitem?type_id=1");
      assertThat(book).hasSize(25);
      assertThat(book.values()).allMatch(RecordedScore::isFinal);
      assertThat(book.get("p4").scoreGiven()).contains(7.0);
      assertThat(book.get("p7").scoreGiven()).contains(0.0);
      assertThat(lms.tokensIssued()).isEqualTo(1);
    }
  }
}
