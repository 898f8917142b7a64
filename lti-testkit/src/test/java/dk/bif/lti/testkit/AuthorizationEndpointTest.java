package dk.bif.lti.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One row per rule of the authentication request the platform enforces. */
class AuthorizationEndpointTest {
  private static Fixture fixture;
  private static ReferencePlatform platform;

  @BeforeAll
  static void start() throws Exception {
    fixture = new Fixture(Profile.SPEC);
    platform = fixture.platform;
  }

  @AfterAll
  static void stop() throws Exception {
    fixture.close();
  }

  static Stream<Arguments> brokenRequests() {
    return Stream.of(
        row(
            "scope other than openid",
            q -> q.replace("scope=openid", "scope=profile"),
            "invalid_scope"),
        row("scope missing", q -> q.replace("scope=openid&", ""), "invalid_scope"),
        row(
            "response_type code",
            q -> q.replace("response_type=id_token", "response_type=code"),
            "unsupported_response_type"),
        row(
            "response_mode query",
            q -> q.replace("response_mode=form_post", "response_mode=query"),
            "invalid_request"),
        row("prompt missing", q -> q.replace("&prompt=none", ""), "invalid_request"),
        row("nonce missing", q -> q.replaceAll("&nonce=[^&]*", ""), "invalid_request"),
        row("login_hint missing", q -> q.replaceAll("&login_hint=[^&]*", ""), "invalid_request"),
        row(
            "login_hint of another user",
            q -> q.replaceAll("login_hint=[^&]*", "login_hint=102"),
            "login_required"),
        row(
            "lti_message_hint missing",
            q -> q.replaceAll("&lti_message_hint=[^&]*", ""),
            "invalid_request"),
        row(
            "lti_message_hint unknown",
            q -> q.replaceAll("lti_message_hint=[^&]*", "lti_message_hint=nope"),
            "invalid_request"),
        row(
            "client_id unknown",
            q -> q.replace("client_id=client-1", "client_id=client-9"),
            "unauthorized_client"),
        row(
            "redirect_uri not registered",
            q -> q.replace("%2Flti%2Flaunch", "%2Flti%2Flaunch%2F"),
            "invalid_request"));
  }

  private static Arguments row(String rule, UnaryOperator<String> bend, String error) {
    return Arguments.of(rule, bend, error);
  }

  @ParameterizedTest(name = "{0} → {2}")
  @MethodSource("brokenRequests")
  void theAuthorizationEndpointRefusesABrokenAuthenticationRequest(
      String rule, UnaryOperator<String> bend, String error) {
    // given
    LtiBrowser browser = new LtiBrowser();
    BrowserResponse toAuth = browser.step(browser.open(platform.launchUri("101", "rl-1")));
    URI request = toAuth.location().orElseThrow();
    URI bent =
        URI.create(
            request.toString().replaceFirst("\\?.*$", "")
                + "?"
                + bend.apply(request.getRawQuery()));
    // when
    BrowserResponse answer = browser.follow(redirectTo(toAuth, bent));
    // then
    assertThat(bent).as(rule).isNotEqualTo(request);
    assertThat(platform.authorizations())
        .last()
        .extracting(AuthorizationOutcome::error)
        .isEqualTo(error);
    assertThat(answer.forms()).noneMatch(f -> f.fields().containsKey("id_token"));
  }

  private static BrowserResponse redirectTo(BrowserResponse original, URI target) {
    return new BrowserResponse(
        "GET",
        original.uri(),
        302,
        java.util.Map.of("Location", java.util.List.of(target.toString())),
        "");
  }
}
