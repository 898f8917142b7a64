package dk.bif.lti.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeepLinkingTest {
  private ReferencePlatform platform;
  private TinyTool tool;
  private LtiBrowser browser;
  private JWTClaimsSet request;
  private BrowserResponse authPage;

  @BeforeEach
  void start() throws Exception {
    platform = ReferencePlatform.builder().profile(Profile.MOODLE).start();
    tool = new TinyTool();
    tool.registerWith(platform, "client-1");
    platform
        .addUser(PlatformUser.instructor("201", "Bo", "Jensen"))
        .addCourse(Course.of("c1", "BIF-H1", "BIF hold 1"))
        .enrol("c1", "201");
    browser = new LtiBrowser();
    BrowserResponse toAuth =
        browser.step(
            browser.open(
                platform.launchUri(
                    LaunchRequest.deepLinking(
                        "201", "c1", DeepLinkingSettings.resourceLinks("opaque-42")))));
    authPage = browser.step(toAuth);
    request =
        SignedJWT.parse(authPage.form().orElseThrow().fields().get("id_token")).getJWTClaimsSet();
  }

  @AfterEach
  void stop() throws Exception {
    tool.close();
    platform.close();
  }

  private BrowserResponse respond(UnaryOperator<JWTClaimsSet.Builder> bend) throws Exception {
    return browser.post(
        TinyTool.returnUrl(request),
        Map.of("JWT", tool.deepLinkingResponse(request, bend)),
        tool.base);
  }

  @Test
  void theDeepLinkingRequestCarriesMoodlesReturnUrlAndTheData() throws Exception {
    // then
    Map<String, Object> settings = request.getJSONObjectClaim(LtiClaims.DEEP_LINKING_SETTINGS);
    assertThat(request.getStringClaim(LtiClaims.MESSAGE_TYPE)).isEqualTo("LtiDeepLinkingRequest");
    assertThat((String) settings.get("deep_link_return_url"))
        .contains("/mod/lti/contentitem_return.php?course=c1");
    assertThat(settings).containsEntry("data", "opaque-42").containsEntry("accept_multiple", true);
    assertThat(request.getClaim(LtiClaims.RESOURCE_LINK)).isNull();
  }

  @Test
  void aValidResponseCreatesTheResourceLinkAndItsLineItem() throws Exception {
    // when
    BrowserResponse answer = respond(b -> b);
    // then
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    DeepLinkReturn r = platform.deepLinkReturns().get(0);
    assertThat(r.accepted()).isTrue();
    ResourceLink link = platform.link(r.createdLinkIds().get(0)).orElseThrow();
    assertThat(link.title()).isEqualTo("Del 1 eksamen");
    assertThat(link.custom()).containsEntry("activity", "del1-exam");
    LineItem item = platform.gradebook().lineItem(r.createdLineItemIds().get(0)).orElseThrow();
    assertThat(item.resourceLinkId()).contains(link.id());
    assertThat(item.scoreMaximum()).isEqualTo(12);
    assertThat(item.tag()).contains("exam");
  }

  @Test
  void aResponseThatDoesNotEchoTheDataIsRefused() throws Exception {
    // when
    BrowserResponse answer = respond(b -> b.claim(LtiClaims.DATA, "other"));
    // then
    assertThat(answer.status()).isEqualTo(400);
    assertThat(platform.deepLinkReturns().get(0).error()).contains("data");
    assertThat(platform.links()).isEmpty();
  }

  @Test
  void aResponseForTheWrongAudienceOrDeploymentIsRefused() throws Exception {
    // when
    respond(b -> b.audience("https://elsewhere.example"));
    respond(b -> b.claim(LtiClaims.DEPLOYMENT_ID, "dep-9"));
    respond(b -> b.issuer("client-2"));
    // then
    assertThat(platform.deepLinkReturns())
        .extracting(DeepLinkReturn::error)
        .satisfiesExactly(
            e -> assertThat(e).startsWith("aud"),
            e -> assertThat(e).startsWith("deployment_id"),
            e -> assertThat(e).startsWith("iss"));
  }

  @Test
  void aReusedNonceIsRefused() throws Exception {
    // given
    respond(b -> b.claim("nonce", "n-1"));
    // when
    BrowserResponse again = respond(b -> b.claim("nonce", "n-1"));
    // then
    assertThat(again.status()).isEqualTo(400);
    assertThat(platform.deepLinkReturns().get(1).error()).contains("nonce");
  }

  @Test
  void aResponseSignedByAKeyOutsideTheToolsKeySetIsRefused() throws Exception {
    // given
    com.nimbusds.jose.jwk.RSAKey real = tool.key;
    TinyTool impostor = new TinyTool();
    impostor.close();
    // when
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(real.getKeyID()).build(),
            new JWTClaimsSet.Builder().issuer("client-1").build());
    jwt.sign(new RSASSASigner(impostor.key));
    URI returnUrl =
        URI.create(
            (String)
                request
                    .getJSONObjectClaim(LtiClaims.DEEP_LINKING_SETTINGS)
                    .get("deep_link_return_url"));
    BrowserResponse answer = browser.post(returnUrl, Map.of("JWT", jwt.serialize()), tool.base);
    // then
    assertThat(answer.status()).isEqualTo(400);
    assertThat(platform.deepLinkReturns().get(0).error()).contains("signature");
  }
}
