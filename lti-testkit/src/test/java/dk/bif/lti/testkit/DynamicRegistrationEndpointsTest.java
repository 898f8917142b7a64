package dk.bif.lti.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The platform side of Dynamic Registration, over HTTP, with Moodle's and Brightspace's quirks. */
class DynamicRegistrationEndpointsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final URI TOOL = URI.create("http://127.0.0.1:9/register/abc");
  private final HttpClient http = HttpClient.newHttpClient();
  private ReferencePlatform lms;

  @AfterEach
  void stop() {
    if (lms != null) lms.close();
  }

  private static Map<String, String> query(URI uri) {
    Map<String, String> q = new LinkedHashMap<>();
    for (String pair : uri.getRawQuery().split("&")) {
      int eq = pair.indexOf('=');
      q.put(
          pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return q;
  }

  private JsonNode configuration() throws Exception {
    URI start = lms.dynamicRegistrationUri(TOOL);
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(query(start).get("openid_configuration"))).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(200);
    return JSON.readTree(r.body());
  }

  static ObjectNode toolConfiguration(URI toolBase) {
    ObjectNode c = JSON.createObjectNode();
    c.put("application_type", "web");
    c.putArray("response_types").add("id_token");
    c.putArray("grant_types").add("implicit").add("client_credentials");
    c.put("initiate_login_uri", toolBase + "/lti/login");
    c.putArray("redirect_uris").add(toolBase + "/lti/launch");
    c.put("client_name", "BIF");
    c.put("jwks_uri", toolBase + "/lti/jwks");
    c.put("token_endpoint_auth_method", "private_key_jwt");
    c.put("scope", LtiClaims.SCOPE_SCORE + " " + LtiClaims.SCOPE_NRPS + " https://other/scope");
    ObjectNode lti = c.putObject(DynamicRegistrationEndpoints.TOOL_CONFIGURATION);
    lti.put("domain", "127.0.0.1");
    lti.put("target_link_uri", toolBase + "/lti/launch");
    lti.putArray("claims").add("iss").add("sub").add("name");
    lti.putArray("messages").addObject().put("type", "LtiDeepLinkingRequest");
    return c;
  }

  private HttpResponse<String> post(String token, Object body) throws Exception {
    HttpRequest.Builder r =
        HttpRequest.newBuilder(lms.registrationUri())
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    if (token != null) r.header("Authorization", "Bearer " + token);
    return http.send(r.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void theOpenIdConfigurationNamesTheEndpointsAndTheMessagesSupported() throws Exception {
    lms = ReferencePlatform.builder().profile(Profile.MOODLE).start();

    JsonNode c = configuration();

    assertThat(c.path("issuer").asText()).isEqualTo(lms.issuer());
    assertThat(c.path("registration_endpoint").asText())
        .isEqualTo(lms.baseUri() + "/mod/lti/openid-registration.php");
    assertThat(c.path("jwks_uri").asText()).isEqualTo(lms.jwksUri().toString());
    JsonNode lti = c.path(DynamicRegistrationEndpoints.PLATFORM_CONFIGURATION);
    assertThat(lti.path("product_family_code").asText()).isEqualTo("moodle");
    assertThat(lti.path("messages_supported").findValuesAsText("type"))
        .containsExactly("LtiResourceLinkRequest", "LtiDeepLinkingRequest");
  }

  @Test
  void aRegistrationWithAValidTokenGetsAClientIdAndADeploymentAndTheToolIsRegistered()
      throws Exception {
    lms = ReferencePlatform.builder().start();
    String token = query(lms.dynamicRegistrationUri(TOOL)).get("registration_token");

    HttpResponse<String> r = post(token, toolConfiguration(URI.create("http://127.0.0.1:9")));

    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    JsonNode answer = JSON.readTree(r.body());
    String client = answer.path("client_id").asText();
    String deployment =
        answer.path(DynamicRegistrationEndpoints.TOOL_CONFIGURATION).path("deployment_id").asText();
    ToolRegistration tool = lms.tool(client).orElseThrow();
    assertThat(tool.deploymentIds()).containsExactly(deployment);
    assertThat(tool.scopes())
        .containsExactlyInAnyOrder(LtiClaims.SCOPE_SCORE, LtiClaims.SCOPE_NRPS);
    assertThat(tool.privacy()).isEqualTo(Privacy.NAME);
    assertThat(tool.redirectUris()).containsExactly(URI.create("http://127.0.0.1:9/lti/launch"));
    assertThat(lms.toolActive(client)).isTrue();
    assertThat(lms.dynamicRegistrations())
        .singleElement()
        .satisfies(c -> assertThat(c.accepted()).isTrue());
  }

  @Test
  void aRegistrationTokenWorksOnceAndAMissingOneIsRefused() throws Exception {
    lms = ReferencePlatform.builder().start();
    String token = lms.newRegistrationToken();
    ObjectNode body = toolConfiguration(URI.create("http://127.0.0.1:9"));

    HttpResponse<String> first = post(token, body);
    HttpResponse<String> again = post(token, body);
    HttpResponse<String> none = post(null, body);
    HttpResponse<String> unknown = post("made-up", body);

    assertThat(first.statusCode()).isEqualTo(201);
    assertThat(again.statusCode()).isEqualTo(401);
    assertThat(again.body()).contains("used already");
    assertThat(none.statusCode()).isEqualTo(401);
    assertThat(unknown.statusCode()).isEqualTo(401);
    assertThat(unknown.body()).contains("unknown");
  }

  @Test
  void aConfigurationWithoutItsLtiPartOrLoginUrlIsRefusedNamingTheField() throws Exception {
    lms = ReferencePlatform.builder().start();
    ObjectNode body = toolConfiguration(URI.create("http://127.0.0.1:9"));
    body.remove("initiate_login_uri");
    body.remove(DynamicRegistrationEndpoints.TOOL_CONFIGURATION);

    HttpResponse<String> r = post(lms.newRegistrationToken(), body);

    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body())
        .contains("invalid_client_metadata")
        .contains("initiate_login_uri: is missing")
        .contains("lti-tool-configuration");
  }

  @Test
  void underMoodleANewToolIsPendingAndItsLaunchesRefusedUntilTheAdministratorActivatesIt()
      throws Exception {
    lms = ReferencePlatform.builder().profile(Profile.MOODLE).start();
    HttpResponse<String> r =
        post(lms.newRegistrationToken(), toolConfiguration(URI.create("http://127.0.0.1:9")));
    assertThat(r.statusCode()).isEqualTo(200);
    String client = JSON.readTree(r.body()).path("client_id").asText();
    lms.addUser(PlatformUser.learner("101", "Ann", "Hansen"))
        .addCourse(Course.of("c1", "C", "Course"))
        .enrol("c1", "101")
        .addLink(ResourceLink.of("rl-1", "c1", "Link"));

    BrowserResponse pending = new LtiBrowser().open(lms.launchUri("101", "rl-1"));
    lms.activateTool(client);
    BrowserResponse active = new LtiBrowser().open(lms.launchUri("101", "rl-1"));

    assertThat(pending.status()).isEqualTo(403);
    assertThat(pending.body()).contains("not active");
    assertThat(active.status()).isEqualTo(200); // the auto-posted login initiation
    assertThat(active.body()).contains("/lti/login");
  }

  @Test
  void underBrightspaceTheRegistrationStartsDisabledAndItsTokenLastsAnHour() throws Exception {
    MovableClock clock = new MovableClock(Instant.parse("2026-12-03T10:00:00Z"));
    lms = ReferencePlatform.builder().profile(Profile.BRIGHTSPACE).clock(clock).start();
    String fresh = lms.newRegistrationToken();
    String stale = lms.newRegistrationToken();
    ObjectNode body = toolConfiguration(URI.create("http://127.0.0.1:9"));

    HttpResponse<String> inTime = post(fresh, body);
    clock.advance(Duration.ofMinutes(61));
    HttpResponse<String> late = post(stale, body);

    assertThat(inTime.statusCode()).isEqualTo(201);
    assertThat(lms.toolActive(JSON.readTree(inTime.body()).path("client_id").asText())).isFalse();
    assertThat(late.statusCode()).isEqualTo(401);
    assertThat(late.body()).contains("expired");
  }

  /** A clock a test moves forward. */
  static final class MovableClock extends Clock {
    private volatile Instant now;

    MovableClock(Instant start) {
      this.now = start;
    }

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
