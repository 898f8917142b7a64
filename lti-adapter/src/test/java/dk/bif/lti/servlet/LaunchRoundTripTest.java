package dk.bif.lti.servlet;

import static dk.bif.lti.testing.LtiHarness.field;
import static dk.bif.lti.testing.LtiHarness.reasonOf;
import static org.assertj.core.api.Assertions.assertThat;

import dk.bif.lti.testing.LtiHarness;
import dk.bif.lti.testing.TestPlatform;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Login, authorization and launch over real HTTP on loopback. */
class LaunchRoundTripTest {
  static LtiHarness lti;

  @BeforeAll
  static void start() throws Exception {
    lti = new LtiHarness();
  }

  @AfterAll
  static void stop() throws Exception {
    lti.close();
  }

  @Test
  void aLearnerLaunchShowsWhoLaunchedWhatInTheLaunchsLanguage() throws Exception {
    // given
    LtiHarness.Launch launch = lti.authorizedLaunch(TestPlatform.LEARNER, claims -> {});

    // when
    HttpResponse<String> page = lti.post(launch);

    // then
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(field(page.body(), "user")).isEqualTo("Lars Lærling");
    assertThat(field(page.body(), "subject")).isEqualTo("1001");
    assertThat(field(page.body(), "roles")).isEqualTo("Learner");
    assertThat(field(page.body(), "context")).isEqualTo("BIF hold 1");
    assertThat(field(page.body(), "launched")).isEqualTo("ressourcelink rl-7");
    assertThat(field(page.body(), "title")).isEqualTo("Del 1: Introduktion");
    assertThat(field(page.body(), "deployment")).isEqualTo("dep-1");
  }

  @Test
  void theObserverIsToldEveryLoginAndLaunchWithItsOutcomeAndTheUserOfAnAcceptedOneOnly()
      throws Exception {
    // given
    lti.outcomes.clear();
    LtiHarness.Launch launch = lti.authorizedLaunch(TestPlatform.LEARNER, claims -> {});

    // when the launch is posted, then replayed
    lti.post(launch);
    lti.post(launch);

    // then
    assertThat(lti.outcomes).hasSize(3);
    LaunchOutcome login = lti.outcomes.get(0);
    assertThat(login.step()).isEqualTo(LaunchOutcome.Step.LOGIN);
    assertThat(login.accepted()).isTrue();
    assertThat(login.issuer()).contains(TestPlatform.ISSUER);
    assertThat(login.clientId()).contains(LtiHarness.CLIENT_ID);
    LaunchOutcome accepted = lti.outcomes.get(1);
    assertThat(accepted.outcome()).isEqualTo("ACCEPTED");
    assertThat(accepted.subject()).contains("1001");
    assertThat(accepted.deploymentId()).contains("dep-1");
    assertThat(accepted.messageType()).contains("LtiResourceLinkRequest");
    LaunchOutcome replayed = lti.outcomes.get(2);
    assertThat(replayed.refusal()).contains(dk.bif.lti.launch.ReasonCode.STATE_UNKNOWN);
    assertThat(replayed.subject()).isEmpty();
    assertThat(replayed.correlationId()).isNotEqualTo(accepted.correlationId()).hasSize(16);
  }

  @Test
  void anInstructorLaunchShowsTheInstructorRole() throws Exception {
    LtiHarness.Launch launch = lti.authorizedLaunch(TestPlatform.INSTRUCTOR, claims -> {});

    HttpResponse<String> page = lti.post(launch);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(field(page.body(), "user")).isEqualTo("Ida Instruktør");
    assertThat(field(page.body(), "roles")).isEqualTo("Instructor");
  }

  @Test
  void aLoginByGetRedirectsToThePlatformWithEveryAuthenticationParameter() throws Exception {
    // when
    LtiHarness.Login login = lti.login(lti.loginParameters(), false);

    // then
    assertThat(login.status()).isEqualTo(302);
    Map<String, String> request = TestPlatform.readAuthenticationRequest(login.location());
    assertThat(login.location().toString()).startsWith(TestPlatform.ISSUER + "/mod/lti/auth.php?");
    assertThat(request)
        .containsEntry("client_id", LtiHarness.CLIENT_ID)
        .containsEntry("redirect_uri", lti.launchUrl())
        .containsEntry("login_hint", "1001")
        .containsEntry("lti_message_hint", "{\"cmid\":1,\"launchid\":\"ltilaunch1_42\"}");
    assertThat(request.get("state"))
        .hasSizeGreaterThanOrEqualTo(22)
        .isNotEqualTo(request.get("nonce"));
    assertThat(login.cookieName()).isEqualTo("lti_state_" + request.get("state"));
  }

  @Test
  void theBindingCookieIsSameSiteNoneSecureHttpOnly() throws Exception {
    HttpResponse<String> response = lti.rawLoginResponse(lti.loginParameters());

    String cookie = response.headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(cookie)
        .containsIgnoringCase("SameSite=None")
        .containsIgnoringCase("Secure")
        .containsIgnoringCase("HttpOnly")
        .contains("Path=/lti/launch");
  }

  @Test
  void theLaunchClearsTheBindingCookie() throws Exception {
    LtiHarness.Launch launch = lti.authorizedLaunch(TestPlatform.LEARNER, claims -> {});

    HttpResponse<String> page = lti.post(launch);

    assertThat(page.headers().allValues("Set-Cookie"))
        .anySatisfy(
            c -> assertThat(c).startsWith(launch.login().cookieName() + "=").contains("Max-Age=0"));
  }

  @Test
  void aRotatedPlatformKeyIsFetchedAndAccepted() throws Exception {
    // given a launch signed with the first key has been accepted (the key set is cached)
    assertThat(lti.post(lti.authorizedLaunch(TestPlatform.LEARNER, c -> {})).statusCode())
        .isEqualTo(200);

    // when the platform rotates and the next launch is signed with the new kid
    lti.platform.rotateKey();
    lti.clock.advance(Duration.ofSeconds(31));
    HttpResponse<String> page = lti.post(lti.authorizedLaunch(TestPlatform.LEARNER, c -> {}));

    // then
    assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
    assertThat(field(page.body(), "user")).isEqualTo("Lars Lærling");
  }

  @Test
  void theToolPublishesItsPublicKeysAtJwks() throws Exception {
    HttpResponse<String> jwks = lti.get("/lti/jwks");

    assertThat(jwks.statusCode()).isEqualTo(200);
    assertThat(jwks.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    assertThat(jwks.headers().firstValue("Cache-Control")).contains("max-age=300");
    assertThat(jwks.body())
        .contains("\"kid\":\"tool-1\"")
        .contains("\"kty\":\"RSA\"")
        .doesNotContain("\"d\"");
  }

  @Test
  void aFailureInsideTheToolShowsAGenericPageWithoutDetails() throws Exception {
    // given a launch handler that breaks
    LaunchHandler previous =
        lti.handler.getAndSet(
            (launch, request, response) -> {
              throw new IllegalStateException("database password is hunter2");
            });
    try {
      // when
      LtiHarness.Launch launch = lti.authorizedLaunch(TestPlatform.LEARNER, c -> {});
      HttpResponse<String> page = lti.post(launch);

      // then
      assertThat(page.statusCode()).isEqualTo(500);
      assertThat(reasonOf(page.body())).isEqualTo("INTERNAL_ERROR");
      assertThat(page.body())
          .contains("Something went wrong inside the tool.")
          .containsPattern("class=\"correlation\">[0-9a-f]{16}<")
          .doesNotContain("hunter2")
          .doesNotContain("IllegalStateException")
          .doesNotContain(launch.idToken());
    } finally {
      lti.handler.set(previous);
    }
  }
}
