package dk.bif.server.registration;

import static org.assertj.core.api.Assertions.assertThat;

import dk.bif.lti.registration.ClientId;
import dk.bif.lti.registration.Issuer;
import dk.bif.lti.registration.PlatformRegistration;
import dk.bif.lti.registration.RegistrationKey;
import dk.bif.lti.testkit.Course;
import dk.bif.lti.testkit.DynamicRegistrationCall;
import dk.bif.lti.testkit.Faults;
import dk.bif.lti.testkit.LaunchRequest;
import dk.bif.lti.testkit.LtiBrowser;
import dk.bif.lti.testkit.PlatformUser;
import dk.bif.lti.testkit.Profile;
import dk.bif.lti.testkit.ReferencePlatform;
import dk.bif.lti.testkit.ResourceLink;
import dk.bif.server.BifServerAccess;
import dk.bif.server.platforms.PlatformInvitations;
import dk.bif.server.platforms.PlatformOrigins;
import dk.bif.server.platforms.PlatformRegistry;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dynamic Registration through the served tool over loopback: a registration link made, opened by
 * the reference platform as an LMS administrator's browser would, the platform registered with
 * where it came from, then a launch; and every refusal with its page, status and reason code.
 */
class DynamicRegistrationServedTest {

  @TempDir static Path data;

  private static BifServerAccess served;
  private static URI base;
  private ReferencePlatform lms;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    served =
        BifServerAccess.start(
            data,
            "server:\n  port: 0\n  allow-http-on-loopback: true\nworkers:\n  grade-delivery: false\n");
    base = served.url();
  }

  @AfterAll
  static void stop() {
    if (served != null) served.close();
  }

  @AfterEach
  void stopPlatform() {
    if (lms != null) lms.close();
  }

  private static PlatformInvitations invitations(Clock clock) {
    return new PlatformInvitations(served.app().stores().database(), clock);
  }

  private static URI link(String name) {
    return new RegistrationLinks(invitations(Clock.systemUTC()), base)
        .create(Optional.ofNullable(name), Duration.ofHours(24), false, "test")
        .url();
  }

  private HttpResponse<String> get(URI uri, String language) throws Exception {
    return http.send(
        HttpRequest.newBuilder(uri).header("Accept-Language", language).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static URI opened(URI link, String configuration, String token) {
    return URI.create(
        link
            + "?openid_configuration="
            + URLEncoder.encode(configuration, StandardCharsets.UTF_8)
            + "&registration_token="
            + token);
  }

  private static PlatformRegistry registry() {
    return new PlatformRegistry(
        served.app().stores().registrations(),
        new PlatformOrigins(served.app().stores().database()));
  }

  @Test
  void aFullRegistrationKeepsThePlatformClosesThePageAndItsLaunchesWorkOnceMoodleActivatesIt()
      throws Exception {
    // given a registration link, pasted into Moodle's "Tool URL"
    lms = ReferencePlatform.builder().profile(Profile.MOODLE).start();
    URI link = link("KP Moodle");
    URI opened = lms.dynamicRegistrationUri(link);
    String token = opened.getRawQuery().replaceAll(".*registration_token=", "");

    // when Moodle opens it
    HttpResponse<String> page = get(opened, "da");

    // then the platform is registered and the page tells Moodle to close it
    assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
    assertThat(page.body())
        .contains("BIF-værktøjet er registreret")
        .contains("KP Moodle")
        .contains("aktivér det")
        .contains("<script src=\"/register/close.js\"></script>")
        .doesNotContain(token)
        .doesNotContain(link.getPath().substring("/register/".length()));
    assertThat(page.body().replace("<script src=\"/register/close.js\"></script>", ""))
        .doesNotContain("<script");
    String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
    assertThat(csp)
        .contains("script-src 'self'")
        .contains("frame-ancestors " + lms.baseUri())
        .doesNotContain("unsafe-inline");
    assertThat(page.headers().firstValue("Referrer-Policy")).contains("no-referrer");
    HttpResponse<String> script = get(base.resolve("/register/close.js"), "da");
    assertThat(script.body())
        .contains("postMessage({subject: 'org.imsglobal.lti.close'}, '*')")
        .contains("window.opener || window.parent");
    DynamicRegistrationCall call = lms.dynamicRegistrations().get(0);
    assertThat(call.accepted()).as(call.error()).isTrue();
    assertThat(call.requestBody())
        .contains("\"initiate_login_uri\":\"" + base + "/lti/login\"")
        .contains("\"jwks_uri\":\"" + base + "/lti/jwks\"")
        .contains("LtiDeepLinkingRequest")
        .contains("\"placements\":[\"ContentArea\"]")
        .contains("lti-ags/scope/score")
        .contains("contextmembership.readonly");
    String client = call.clientId().orElseThrow();
    PlatformRegistration kept =
        served
            .app()
            .stores()
            .registrations()
            .find(new RegistrationKey(Issuer.of(lms.issuer()), ClientId.of(client)))
            .orElseThrow();
    assertThat(kept.deploymentIds())
        .extracting(d -> d.value())
        .containsExactly(call.deploymentId().orElseThrow());
    assertThat(kept.authorizationEndpoint()).isEqualTo(lms.authorizationUri());
    assertThat(kept.tokenEndpoint()).isEqualTo(lms.tokenUri());
    assertThat(kept.name()).contains("KP Moodle");
    assertThat(registry().origin(kept))
        .hasValueSatisfying(
            o -> {
              assertThat(o.configurationUrl()).isEqualTo(lms.openIdConfigurationUri());
              assertThat(o.product()).contains("moodle");
            });

    // and a launch is refused by Moodle until its administrator activates the tool, then works
    lms.addUser(PlatformUser.instructor("301", "Tea", "Cher"))
        .addCourse(Course.of("c-dyn", "D", "Dynamic course"))
        .enrol("c-dyn", "301")
        .addLink(
            ResourceLink.of("rl-dyn", "c-dyn", "Evaluering")
                .withCustom("bif_activity", "evaluation"));
    LaunchRequest launch = LaunchRequest.resourceLink("301", "rl-dyn").withClientId(client);
    assertThat(new LtiBrowser().launch(lms.launchUri(launch)).status()).isEqualTo(403);
    lms.activateTool(client);
    assertThat(new LtiBrowser().launch(lms.launchUri(launch)).status()).isEqualTo(200);
  }

  @Test
  void aLinkRegistersOneLmsAndIsRefusedTheSecondTime() throws Exception {
    lms = ReferencePlatform.builder().start();
    URI link = link(null);
    assertThat(get(lms.dynamicRegistrationUri(link), "da").statusCode()).isEqualTo(200);

    HttpResponse<String> again = get(lms.dynamicRegistrationUri(link), "da");

    assertThat(again.statusCode()).isEqualTo(410);
    assertThat(again.body())
        .contains("BIF-værktøjet blev ikke registreret")
        .contains("allerede brugt")
        .contains("INVITATION_USED")
        .doesNotContain("<script");
    assertThat(lms.dynamicRegistrations()).hasSize(1);
  }

  @Test
  void anExpiredLinkIsRefusedSayingWhenItExpired() throws Exception {
    lms = ReferencePlatform.builder().start();
    Clock twoDaysAgo = Clock.fixed(Instant.now().minus(Duration.ofDays(2)), ZoneOffset.UTC);
    String token =
        invitations(twoDaysAgo)
            .create(Optional.empty(), Duration.ofHours(1), false, "test")
            .token();

    HttpResponse<String> page =
        get(lms.dynamicRegistrationUri(base.resolve("/register/" + token)), "en");

    assertThat(page.statusCode()).isEqualTo(410);
    assertThat(page.body())
        .contains("The BIF tool was not registered")
        .contains("expired on")
        .contains("INVITATION_EXPIRED")
        .contains("Ask the BIF administrator for a new registration link");
    assertThat(lms.dynamicRegistrations()).isEmpty();
  }

  @Test
  void anUnknownLinkIsRefused() throws Exception {
    lms = ReferencePlatform.builder().start();

    HttpResponse<String> page =
        get(lms.dynamicRegistrationUri(base.resolve("/register/not-a-real-token")), "da");

    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.body())
        .contains("Registreringslinket kendes ikke")
        .contains("INVITATION_UNKNOWN");
  }

  @Test
  void aLinkOpenedWithoutTheLmsSaysToPasteItIntoTheLms() throws Exception {
    HttpResponse<String> page = get(link(null), "en");

    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(page.body()).contains("paste it into your LMS").contains("Tool URL");
  }

  @Test
  void anIssuerThatIsNotAtTheConfigurationsOriginIsRefusedAndTheLinkStaysUsable() throws Exception {
    lms = ReferencePlatform.builder().start();
    lms.bendOpenIdConfiguration(c -> c.put("issuer", "https://moodle.evil.example"));
    URI link = link(null);

    HttpResponse<String> page = get(lms.dynamicRegistrationUri(link), "en");
    lms.bendOpenIdConfiguration(c -> {});
    HttpResponse<String> retried = get(lms.dynamicRegistrationUri(link), "en");

    assertThat(page.statusCode()).isEqualTo(502);
    assertThat(page.body())
        .contains("gives another name (issuer)")
        .contains("ISSUER_MISMATCH")
        .contains("Show this page to the LMS administrator");
    assertThat(retried.statusCode()).as(retried.body()).isEqualTo(200);
  }

  @Test
  void anUnreachableConfigurationIsRefused() throws Exception {
    HttpResponse<String> page =
        get(opened(link(null), "http://127.0.0.1:1/.well-known/openid-configuration", "t"), "da");

    assertThat(page.statusCode()).isEqualTo(502);
    assertThat(page.body())
        .contains("kunne ikke nå LMS'et på http://127.0.0.1:1")
        .contains("CONFIGURATION_UNREACHABLE")
        .contains("Prøv igen om lidt");
  }

  @Test
  void aConfigurationThatIsNotJsonIsRefusedAsMalformed() throws Exception {
    lms = ReferencePlatform.builder().start();
    lms.faults().answerNext(Faults.Target.OPENID_CONFIGURATION, 1, 200, "<html>Moodle</html>");

    HttpResponse<String> page = get(lms.dynamicRegistrationUri(link(null)), "en");

    assertThat(page.statusCode()).isEqualTo(502);
    assertThat(page.body())
        .contains("its configuration could not be read")
        .contains("CONFIGURATION_MALFORMED");
  }

  @Test
  void aConfigurationAnsweredWithAnErrorIsRefused() throws Exception {
    lms = ReferencePlatform.builder().start();
    lms.faults().failNext(Faults.Target.OPENID_CONFIGURATION, 1, 500);

    HttpResponse<String> page = get(lms.dynamicRegistrationUri(link(null)), "en");

    assertThat(page.statusCode()).isEqualTo(502);
    assertThat(page.body())
        .contains("answered with an error")
        .contains("CONFIGURATION_ANSWER_ERROR");
  }

  @Test
  void aRegistrationThePlatformRefusesWith4xxIsRefusedAndTheLinkCanBeTriedAgain() throws Exception {
    lms = ReferencePlatform.builder().profile(Profile.BRIGHTSPACE).start();
    URI link = link(null);
    lms.faults().failNext(Faults.Target.REGISTRATION, 1, 401);

    HttpResponse<String> page = get(lms.dynamicRegistrationUri(link), "da");
    HttpResponse<String> retried = get(lms.dynamicRegistrationUri(link), "da");

    assertThat(page.statusCode()).isEqualTo(502);
    assertThat(page.body())
        .contains("LMS'et afviste registreringen")
        .contains("REGISTRATION_REFUSED");
    assertThat(retried.statusCode()).as(retried.body()).isEqualTo(200);
    assertThat(retried.body()).contains("Brightspace har oprettet registreringen som deaktiveret");
  }

  @Test
  void aRegistrationThePlatformFailsWith5xxIsRefused() throws Exception {
    lms = ReferencePlatform.builder().start();
    lms.faults().failNext(Faults.Target.REGISTRATION, 1, 503);

    HttpResponse<String> page = get(lms.dynamicRegistrationUri(link(null)), "en");

    assertThat(page.statusCode()).isEqualTo(502);
    assertThat(page.body())
        .contains("The LMS failed while registering")
        .contains("REGISTRATION_FAILED");
  }

  @Test
  void aPlainHttpPlatformIsRefusedWhenLoopbackHttpIsNotAllowed() throws Exception {
    // the served tool above allows http on loopback; a tool that does not refuses the platform
    try (BifServerAccess strict =
            BifServerAccess.start(data.resolve("strict"), "workers:\n  grade-delivery: false\n");
        ReferencePlatform platform = ReferencePlatform.builder().start()) {
      URI link =
          new RegistrationLinks(
                  new PlatformInvitations(strict.app().stores().database(), Clock.systemUTC()),
                  strict.url())
              .create(Optional.empty(), Duration.ofHours(1), false, "test")
              .url();

      HttpResponse<String> page = get(platform.dynamicRegistrationUri(link), "en");

      assertThat(page.statusCode()).isEqualTo(502);
      assertThat(page.body()).contains("without https").contains("URL_NOT_SECURE");
    }
  }
}
