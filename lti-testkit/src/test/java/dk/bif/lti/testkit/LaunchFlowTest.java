package dk.bif.lti.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.SignedJWT;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LaunchFlowTest {
  private Fixture fixture;
  private ReferencePlatform platform;
  private TinyTool tool;

  private void start(Profile profile) throws Exception {
    fixture = new Fixture(profile);
    platform = fixture.platform;
    tool = fixture.tool;
  }

  @AfterEach
  void stop() throws Exception {
    fixture.close();
  }

  @ParameterizedTest
  @EnumSource(Profile.class)
  void aLearnerAndAnInstructorLaunchOverHttpUnderEveryProfile(Profile profile) throws Exception {
    // given
    start(profile);
    // when
    BrowserResponse learner = new LtiBrowser().launch(platform, "101", "rl-1");
    BrowserResponse instructor = new LtiBrowser().launch(platform, "201", "rl-1");
    // then
    assertThat(learner.status()).as(learner.body()).isEqualTo(200);
    assertThat(learner.body()).startsWith("launched Ann Hansen as [Learner] into Del 1 eksamen");
    assertThat(instructor.body())
        .startsWith("launched Bo Jensen as [Instructor] into Del 1 eksamen");
    assertThat(platform.authorizations()).hasSize(2).allMatch(AuthorizationOutcome::granted);
  }

  @Test
  void moodlePostsTheLoginInitiationAndTheSpecProfileRedirects() throws Exception {
    // given
    start(Profile.MOODLE);
    LtiBrowser browser = new LtiBrowser();
    // when
    BrowserResponse moodle = browser.open(platform.launchUri("101", "rl-1"));
    // then
    assertThat(moodle.autoSubmits()).isTrue();
    HtmlForm form = moodle.form().orElseThrow();
    assertThat(form.action()).isEqualTo(tool.base.resolve("/lti/login"));
    assertThat(form.fields())
        .containsKeys(
            "iss",
            "login_hint",
            "target_link_uri",
            "lti_message_hint",
            "client_id",
            "lti_deployment_id")
        .containsEntry("client_id", "client-1")
        .containsEntry("lti_deployment_id", "dep-1")
        .containsEntry("login_hint", "101");
    assertThat(form.fields().get("lti_message_hint")).startsWith("{\"cmid\":");
  }

  @Test
  @SuppressWarnings("unchecked")
  void theIdTokenCarriesEveryLtiClaimAndEchoesTheNonce() throws Exception {
    // given
    start(Profile.SPEC);
    LtiBrowser browser = new LtiBrowser();
    BrowserResponse toAuth = browser.step(browser.open(platform.launchUri("101", "rl-1")));
    Map<String, String> authRequest = toAuth.locationParameters();
    // when
    BrowserResponse post = browser.step(toAuth);
    // then
    assertThat(post.autoSubmits()).isTrue();
    HtmlForm form = post.form().orElseThrow();
    assertThat(form.action()).isEqualTo(tool.base.resolve("/lti/launch"));
    assertThat(form.fields()).containsEntry("state", authRequest.get("state"));
    SignedJWT jwt = SignedJWT.parse(form.fields().get("id_token"));
    assertThat(jwt.verify(new RSASSAVerifier(platform.keys().signingKey().toPublicJWK()))).isTrue();
    assertThat(jwt.getHeader().getKeyID()).isEqualTo(platform.keys().signingKid());
    Map<String, Object> c = jwt.getJWTClaimsSet().getClaims();
    assertThat(c)
        .containsEntry("iss", platform.issuer())
        .containsEntry("sub", "101")
        .containsEntry("nonce", authRequest.get("nonce"))
        .containsEntry(LtiClaims.MESSAGE_TYPE, "LtiResourceLinkRequest")
        .containsEntry(LtiClaims.VERSION, "1.3.0")
        .containsEntry(LtiClaims.DEPLOYMENT_ID, "dep-1")
        .containsEntry(LtiClaims.TARGET_LINK_URI, tool.base + "/lti/launch")
        .containsEntry(LtiClaims.ROLES, List.of(LtiRoles.LEARNER))
        .containsEntry(LtiClaims.CUSTOM, Map.of("activity", "del1-exam"))
        .containsKeys(
            LtiClaims.CONTEXT, LtiClaims.AGS_ENDPOINT, LtiClaims.NRPS, LtiClaims.TOOL_PLATFORM);
    assertThat(jwt.getJWTClaimsSet().getAudience()).containsExactly("client-1");
    assertThat((Map<String, Object>) c.get(LtiClaims.LAUNCH_PRESENTATION))
        .containsEntry("locale", "da-DK");
    assertThat((Map<String, Object>) c.get(LtiClaims.RESOURCE_LINK)).containsEntry("id", "rl-1");
    assertThat((Map<String, Object>) c.get(LtiClaims.NRPS))
        .containsEntry("context_memberships_url", platform.membershipsUri("c1").toString());
  }

  @Test
  void aRotatedPlatformKeySignsTheNextLaunchAndTheToolAcceptsIt() throws Exception {
    // given
    start(Profile.SPEC);
    String old = platform.keys().signingKid();
    String next = platform.keys().publishNextKey();
    assertThat(new LtiBrowser().launch(platform, "101", "rl-1").body()).endsWith("kid " + old);
    // when
    platform.keys().switchToNextKey();
    BrowserResponse after = new LtiBrowser().launch(platform, "101", "rl-1");
    platform.keys().dropRetiredKeys();
    // then
    assertThat(after.body()).endsWith("kid " + next);
    assertThat(platform.keys().publicJwkSet().getKeys())
        .extracting(k -> k.getKeyID())
        .containsExactly(next);
  }

  @Test
  void anUnregisteredRedirectUriIsRefusedOnThePlatformsOwnPage() throws Exception {
    // given
    start(Profile.SPEC);
    LtiBrowser browser = new LtiBrowser();
    BrowserResponse toAuth = browser.step(browser.open(platform.launchUri("101", "rl-1")));
    String evil = toAuth.location().orElseThrow().toString().replace("%2Flti%2Flaunch", "%2Fevil");
    // when
    BrowserResponse answer = browser.open(java.net.URI.create(evil));
    // then
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.body()).contains("redirect_uri");
    assertThat(platform.authorizations())
        .last()
        .extracting(AuthorizationOutcome::error)
        .isEqualTo("invalid_request");
  }

  @Test
  void anAuthenticationRequestWithoutNonceIsAnsweredWithAnErrorPostedToTheTool() throws Exception {
    // given
    start(Profile.SPEC);
    LtiBrowser browser = new LtiBrowser();
    BrowserResponse toAuth = browser.step(browser.open(platform.launchUri("101", "rl-1")));
    String noNonce = toAuth.location().orElseThrow().toString().replaceAll("&nonce=[^&]*", "");
    // when
    BrowserResponse answer = browser.open(java.net.URI.create(noNonce));
    // then
    HtmlForm form = answer.form().orElseThrow();
    assertThat(form.fields()).containsEntry("error", "invalid_request").containsKey("state");
    assertThat(form.fields().get("error_description")).contains("nonce");
  }

  @Test
  void aMessageHintIsUsedOnlyOnce() throws Exception {
    // given
    start(Profile.SPEC);
    LtiBrowser browser = new LtiBrowser();
    BrowserResponse toAuth = browser.step(browser.open(platform.launchUri("101", "rl-1")));
    browser.follow(toAuth);
    // when
    BrowserResponse again = browser.follow(toAuth);
    // then
    assertThat(again.form().orElseThrow().fields().get("error_description"))
        .contains("lti_message_hint");
  }

  @Test
  void theAuthorizationEndpointRequiresThePlatformSessionOfTheLaunchingBrowser() throws Exception {
    // given
    start(Profile.SPEC);
    LtiBrowser browser = new LtiBrowser();
    BrowserResponse toAuth = browser.step(browser.open(platform.launchUri("101", "rl-1")));
    // when
    BrowserResponse stranger = new LtiBrowser().open(toAuth.location().orElseThrow());
    // then
    assertThat(stranger.form().orElseThrow().fields()).containsEntry("error", "login_required");
  }

  @Test
  void aToolCookieWithoutSameSiteNoneIsLostInTheCrossSiteFormPost() throws Exception {
    // given
    start(Profile.SPEC);
    tool.cookieAttributes = "; Path=/; HttpOnly";
    // when
    BrowserResponse page = new LtiBrowser().launch(platform, "101", "rl-1");
    // then
    assertThat(page.status()).isEqualTo(401);
    assertThat(page.body()).contains("state cookie missing");
  }

  @Test
  void aBrowserThatLosesItsCookiesMidLaunchLosesTheToolsState() throws Exception {
    // given
    start(Profile.SPEC);
    LtiBrowser browser = new LtiBrowser();
    BrowserResponse post =
        browser.step(browser.step(browser.open(platform.launchUri("101", "rl-1"))));
    // when
    browser.clearCookies();
    BrowserResponse page = browser.step(post);
    // then
    assertThat(browser.cookies()).isEmpty();
    assertThat(page.body()).contains("state cookie missing");
  }

  @Test
  void blockedThirdPartyCookiesLoseTheToolsStateCookie() throws Exception {
    // given
    start(Profile.SPEC);
    // when
    BrowserResponse page =
        new LtiBrowser().blockThirdPartyCookies().launch(platform, "101", "rl-1");
    // then
    assertThat(page.body()).contains("state cookie missing");
  }

  @Test
  void tamperNextLaunchBendsOnlyTheNextIdToken() throws Exception {
    // given
    start(Profile.SPEC);
    platform.tokens().tamperNextLaunch(t -> t.signedWithForeignKey());
    // when
    BrowserResponse forged = new LtiBrowser().launch(platform, "101", "rl-1");
    BrowserResponse clean = new LtiBrowser().launch(platform, "101", "rl-1");
    // then
    assertThat(forged.body()).contains("bad signature");
    assertThat(clean.status()).isEqualTo(200);
  }

  @Test
  void theIdTokenTimesComeFromTheInjectedClock() throws Exception {
    // given
    start(Profile.SPEC);
    java.time.Instant then = java.time.Instant.parse("2026-06-01T10:00:00Z");
    try (ReferencePlatform fixed =
        ReferencePlatform.builder()
            .clock(java.time.Clock.fixed(then, java.time.ZoneOffset.UTC))
            .start()) {
      fixed.register(ToolRegistration.forBifTool("c", "d", tool.base));
      fixed.addUser(PlatformUser.learner("1", "A", "B")).addCourse(Course.of("k", "K", "K"));
      fixed.addLink(ResourceLink.of("l", "k", "L"));
      // when
      Map<String, Object> claims = fixed.tokens().resourceLinkLaunch("1", "l").claims();
      // then
      assertThat(claims)
          .containsEntry("iat", then.getEpochSecond())
          .containsEntry("exp", then.getEpochSecond() + 300);
    }
  }

  @Test
  void anUnknownOrUsedLaunchLinkGets404AndNoStackTrace() throws Exception {
    // given
    start(Profile.SPEC);
    java.net.URI once = platform.launchUri("101", "rl-1");
    new LtiBrowser().launch(once);
    // when
    BrowserResponse again = new LtiBrowser().open(once);
    // then
    assertThat(again.status()).isEqualTo(404);
    assertThat(again.body()).doesNotContain("Exception").contains("already used");
  }

  @Test
  void a307RedirectOfAPostRepeatsThePostWithItsBody() throws Exception {
    // given
    start(Profile.SPEC);
    LtiBrowser browser = new LtiBrowser();
    java.net.URI moved =
        java.net.URI.create(
            tool.base + "/moved?to=" + TinyTool.enc(platform.tokenUri().toString()));
    BrowserResponse redirect =
        browser.post(moved, Map.of("grant_type", "client_credentials"), null);
    // when
    BrowserResponse answer = browser.follow(redirect);
    // then
    assertThat(redirect.status()).isEqualTo(307);
    assertThat(answer.method()).isEqualTo("POST");
    assertThat(answer.body()).contains("client_assertion_type");
  }

  @Test
  void theReturnUrlShowsTheToolsMessage() throws Exception {
    // given
    start(Profile.SPEC);
    // when
    BrowserResponse page =
        new LtiBrowser().open(java.net.URI.create(platform.baseUri() + "/return?lti_msg=Gemt"));
    // then
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("Gemt");
  }

  @Test
  void startLaunchGivesTheLoginInitiationWithoutABrowserSession() throws Exception {
    // given
    start(Profile.SPEC);
    LoginInitiation login = platform.startLaunch(LaunchRequest.resourceLink("201", "rl-1"));
    LtiBrowser browser = new LtiBrowser();
    // when
    BrowserResponse page = browser.run(browser.open(login.asGetUri()));
    // then
    assertThat(login.parameters()).containsEntry("iss", platform.issuer());
    assertThat(page.body()).startsWith("launched Bo Jensen");
  }
}
