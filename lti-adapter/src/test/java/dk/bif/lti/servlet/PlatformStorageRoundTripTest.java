package dk.bif.lti.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import dk.bif.lti.keys.RotatingToolKeys;
import dk.bif.lti.keys.ToolKeyFiles;
import dk.bif.lti.launch.ReasonCode;
import dk.bif.lti.registration.ClientId;
import dk.bif.lti.registration.DeploymentId;
import dk.bif.lti.registration.InMemoryRegistrationRepository;
import dk.bif.lti.registration.Issuer;
import dk.bif.lti.registration.PlatformKeySource;
import dk.bif.lti.registration.PlatformRegistration;
import dk.bif.lti.registration.RegistrationKey;
import dk.bif.lti.testing.Loopback;
import dk.bif.lti.testkit.BrowserResponse;
import dk.bif.lti.testkit.Course;
import dk.bif.lti.testkit.LtiBrowser;
import dk.bif.lti.testkit.PlatformStorageFrame;
import dk.bif.lti.testkit.PlatformUser;
import dk.bif.lti.testkit.ReferencePlatform;
import dk.bif.lti.testkit.ResourceLink;
import dk.bif.lti.testkit.ToolRegistration;
import dk.bif.lti.tool.LtiTool;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The launch through the platform's storage (LTI client-side postMessages, {@code
 * lti_storage_target}) over real HTTP on loopback: a reference platform that offers its storage,
 * one that does not, and a browser ({@link LtiBrowser}) that plays the tool's storage script
 * against the platform's frame and can refuse the tool's cookies as Safari does.
 */
class PlatformStorageRoundTripTest {
  /**
   * The reason codes this class proves; the refusal table of {@link RefusedLaunchTest} omits them.
   */
  static final Set<ReasonCode> COVERED =
      EnumSet.of(
          ReasonCode.STATE_REPLAYED,
          ReasonCode.STORAGE_REPLY_FOREIGN_ORIGIN,
          ReasonCode.STORAGE_VALUE_MISSING,
          ReasonCode.STORAGE_UNAVAILABLE,
          ReasonCode.STORAGE_CHECK_FOREIGN);

  static ReferencePlatform withStorage;
  static ReferencePlatform withoutStorage;
  static Server toolServer;
  static URI tool;

  @BeforeAll
  static void start() throws Exception {
    withStorage = platform("_parent");
    withoutStorage = platform(null);
    ServletContextHandler context = new ServletContextHandler();
    context.setContextPath("/");
    toolServer = Loopback.bound(context);
    tool = Loopback.baseUrl(toolServer);
    LtiTool lti =
        LtiTool.builder()
            .registrations(
                new InMemoryRegistrationRepository(
                    List.of(registration(withStorage), registration(withoutStorage))))
            .toolKeys(
                new RotatingToolKeys(ToolKeyFiles.generate("tool-1"), java.time.Clock.systemUTC()))
            .redirectUri(tool.resolve("/lti/launch"))
            .launchUrl(tool.resolve("/lti/launch"))
            .build();
    LtiServlets.register(context.getServletContext(), lti, LaunchHandler.defaultPage());
    toolServer.start();
    for (ReferencePlatform p : List.of(withStorage, withoutStorage)) {
      p.register(ToolRegistration.forBifTool("bif-tool", "dep-1", tool));
    }
  }

  private static ReferencePlatform platform(String storageTarget) {
    ReferencePlatform.Builder b = ReferencePlatform.builder();
    if (storageTarget != null) b.storageTarget(storageTarget);
    ReferencePlatform p = b.start();
    p.addUser(PlatformUser.learner("1001", "Lars", "Lærling"))
        .addCourse(Course.of("c1", "BIF1", "BIF hold 1"))
        .enrol("c1", "1001")
        .addLink(ResourceLink.of("rl-1", "c1", "Del 1"));
    return p;
  }

  private static PlatformRegistration registration(ReferencePlatform p) {
    return new PlatformRegistration(
        new RegistrationKey(Issuer.of(p.issuer()), ClientId.of("bif-tool")),
        Set.of(DeploymentId.of("dep-1")),
        p.authorizationUri(),
        p.tokenUri(),
        Optional.empty(),
        new PlatformKeySource.KeySetUrl(p.jwksUri()));
  }

  @AfterAll
  static void stop() throws Exception {
    toolServer.stop();
    withStorage.close();
    withoutStorage.close();
  }

  private static LtiBrowser cookieless(PlatformStorageFrame frame) {
    return new LtiBrowser().portsAreSites(true).blockThirdPartyCookies().platformStorage(frame);
  }

  private static String reason(BrowserResponse page) {
    return dk.bif.lti.testing.LtiHarness.reasonOf(page.body());
  }

  @Test
  void aBrowserRefusingTheToolsCookiesLaunchesThroughThePlatformsStorage() {
    // given a platform that offers storage and a browser that refuses the tool's cookies
    PlatformStorageFrame frame = withStorage.storageFrame();
    LtiBrowser browser = cookieless(frame);

    // when
    BrowserResponse page = browser.launch(withStorage, "1001", "rl-1");

    // then the launch went through the storage check and opened the activity
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.uri().getPath()).isEqualTo(LtiServlets.STORAGE_CHECK_PATH);
    assertThat(page.body()).contains("Lars Lærling").contains("rl-1");
    assertThat(frame.size()).isEqualTo(2);
    assertThat(browser.cookies()).noneMatch(c -> c.name().startsWith("lti_state_"));
  }

  @Test
  void theLoginPageKeepsItsValuesWithAStaticSameOriginScriptAndNoInlineScript() {
    // given
    LtiBrowser browser = new LtiBrowser().portsAreSites(true);

    // when the browser goes as far as the tool's answer to the login initiation
    BrowserResponse login = browser.open(withStorage.launchUri("1001", "rl-1"));
    while (!LtiBrowser.isStoragePage(login)) login = browser.step(login);

    // then
    assertThat(LtiBrowser.isStoragePage(login)).isTrue();
    assertThat(login.header("Content-Security-Policy").orElseThrow())
        .contains("script-src 'self';")
        .doesNotContain("unsafe-inline");
    assertThat(login.body())
        .contains("<script src=\"/lti/storage.js\" defer></script>")
        .doesNotContainPattern("<script>|<script [^s]|\\son[a-z]+=\"")
        .contains("data-target=\"_parent\"")
        .contains("data-origin=\"" + origin(withStorage.authorizationUri()) + "\"");
    assertThat(browser.cookies()).anyMatch(c -> c.name().startsWith("lti_state_"));
  }

  @Test
  void theStorageScriptIsServedFromTheToolItself() throws Exception {
    HttpResponse<String> script =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(tool.resolve(LtiServlets.STORAGE_SCRIPT_PATH)).build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(script.statusCode()).isEqualTo(200);
    assertThat(script.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("text/javascript");
    assertThat(script.body()).contains("lti.put_data").contains("lti.get_data");
  }

  @Test
  void theScriptWaitsAsLongAsPlatformStorageSays() throws Exception {
    String script =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(tool.resolve(LtiServlets.STORAGE_SCRIPT_PATH)).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    assertThat(dk.bif.lti.oidc.PlatformStorage.CAPABILITIES_TIMEOUT)
        .isEqualTo(java.time.Duration.ofSeconds(1));
    assertThat(dk.bif.lti.oidc.PlatformStorage.DATA_TIMEOUT)
        .isEqualTo(java.time.Duration.ofSeconds(2));
    assertThat(script)
        .contains(
            "CAPABILITIES_TIMEOUT_MS = "
                + dk.bif.lti.oidc.PlatformStorage.CAPABILITIES_TIMEOUT.toMillis())
        .contains("DATA_TIMEOUT_MS = " + dk.bif.lti.oidc.PlatformStorage.DATA_TIMEOUT.toMillis());
  }

  @Test
  void aPlatformThatDoesNotAnswerLeavesTheLaunchToTheCookie() {
    // given a platform page that answers no storage message, and cookies allowed
    LtiBrowser browser =
        new LtiBrowser().portsAreSites(true).platformStorage(PlatformStorageFrame.silent());

    // when
    BrowserResponse page = browser.launch(withStorage, "1001", "rl-1");

    // then the cookie bound the launch: no storage check was needed
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.uri().getPath()).isEqualTo(LtiServlets.LAUNCH_PATH);
    assertThat(page.body()).contains("Lars Lærling");
    assertThat(browser.history())
        .noneMatch(r -> r.uri().getPath().equals(LtiServlets.STORAGE_CHECK_PATH));
  }

  @Test
  void aLoginWithoutStorageTargetIsBoundByTheCookieAlone() {
    LtiBrowser browser = new LtiBrowser().portsAreSites(true);

    BrowserResponse page = browser.launch(withoutStorage, "1001", "rl-1");

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("Lars Lærling");
    assertThat(browser.history()).noneMatch(LtiBrowser::isStoragePage);
  }

  @Test
  void aReplyFromAForeignOriginIsRefused() {
    // given a window of another origin answering the storage messages
    LtiBrowser browser = cookieless(PlatformStorageFrame.answeringFrom("http://evil.example"));

    // when
    BrowserResponse page = browser.launch(withStorage, "1001", "rl-1");

    // then
    assertThat(page.status()).isEqualTo(401);
    assertThat(reason(page)).isEqualTo("STORAGE_REPLY_FOREIGN_ORIGIN");
    assertThat(page.body()).doesNotContain("Lars Lærling").doesNotContain("eyJ");
  }

  @Test
  void aStoredValueMissingAtTheLaunchIsRefused() {
    // given the platform's storage loses the values between the login and the launch
    PlatformStorageFrame frame = withStorage.storageFrame();
    LtiBrowser browser = cookieless(frame);
    BrowserResponse launchPage = untilLaunchStoragePage(browser, withStorage);
    frame.clear();

    // when
    BrowserResponse page = browser.run(launchPage);

    // then
    assertThat(page.status()).isEqualTo(401);
    assertThat(reason(page)).isEqualTo("STORAGE_VALUE_MISSING");
  }

  @Test
  void aStorageCheckPostedAgainIsRefusedAsAReplayedState() {
    // given a launch completed through the storage
    PlatformStorageFrame frame = withStorage.storageFrame();
    LtiBrowser browser = cookieless(frame);
    BrowserResponse launchPage = untilLaunchStoragePage(browser, withStorage);
    assertThat(browser.run(launchPage).status()).isEqualTo(200);

    // when the same check is posted again
    BrowserResponse replay = browser.storageStep(launchPage);

    // then
    assertThat(replay.status()).isEqualTo(401);
    assertThat(reason(replay)).isEqualTo("STATE_REPLAYED");
  }

  @Test
  void aStorageCheckPostedFromAnotherSiteIsRefused() {
    // given the values a launch page would post, sent by a page of the platform's site
    PlatformStorageFrame frame = withStorage.storageFrame();
    LtiBrowser browser = cookieless(frame);
    BrowserResponse launchPage = untilLaunchStoragePage(browser, withStorage);
    Map<String, String> fields =
        new java.util.LinkedHashMap<>(launchPage.form().orElseThrow().fields());
    fields.put("stored_state", fields.get("state"));

    // when
    BrowserResponse page =
        browser.post(tool.resolve(LtiServlets.STORAGE_CHECK_PATH), fields, withStorage.baseUri());

    // then
    assertThat(page.status()).isEqualTo(401);
    assertThat(reason(page)).isEqualTo("STORAGE_CHECK_FOREIGN");
  }

  @Test
  void aStorageCheckWithAHiddenOriginIsRefusedUnlessTheBrowserSaysItIsSameOrigin()
      throws Exception {
    // given a real launch page's values, posted with "Origin: null" from another site
    PlatformStorageFrame frame = withStorage.storageFrame();
    LtiBrowser browser = cookieless(frame);
    BrowserResponse launchPage = untilLaunchStoragePage(browser, withStorage);
    HtmlFormBody body = new HtmlFormBody(launchPage.form().orElseThrow().fields());

    // when
    HttpResponse<String> crossSite = postCheck(body, "cross-site");
    HttpResponse<String> noFetchMetadata = postCheck(body, null);

    // then
    assertThat(crossSite.statusCode()).isEqualTo(401);
    assertThat(dk.bif.lti.testing.LtiHarness.reasonOf(crossSite.body()))
        .isEqualTo("STORAGE_CHECK_FOREIGN");
    assertThat(dk.bif.lti.testing.LtiHarness.reasonOf(noFetchMetadata.body()))
        .isEqualTo("STORAGE_CHECK_FOREIGN");
  }

  @Test
  void aStorageCheckWithAHiddenOriginThatTheBrowserSaysIsSameOriginIsAccepted() throws Exception {
    // given the values the tool's script posts, with "Origin: null" (a no-referrer page)
    LtiBrowser browser = cookieless(withStorage.storageFrame());
    BrowserResponse launchPage = untilLaunchStoragePage(browser, withStorage);
    Map<String, String> fields =
        new java.util.LinkedHashMap<>(launchPage.form().orElseThrow().fields());
    String body = launchPage.body();
    fields.put("stored_state", fields.get("state"));
    fields.put("stored_nonce", body.replaceFirst("(?s).*data-nonce=\"([^\"]+)\".*", "$1"));
    fields.put("reply_origin", origin(withStorage.authorizationUri()));

    // when
    HttpResponse<String> page = postCheck(new HtmlFormBody(fields), "same-origin");

    // then
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Lars Lærling");
  }

  private record HtmlFormBody(Map<String, String> fields) {
    String encoded() {
      return fields.entrySet().stream()
          .map(
              e ->
                  java.net.URLEncoder.encode(e.getKey(), java.nio.charset.StandardCharsets.UTF_8)
                      + "="
                      + java.net.URLEncoder.encode(
                          e.getValue(), java.nio.charset.StandardCharsets.UTF_8))
          .collect(java.util.stream.Collectors.joining("&"));
    }
  }

  private static HttpResponse<String> postCheck(HtmlFormBody body, String fetchSite)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(tool.resolve(LtiServlets.STORAGE_CHECK_PATH))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Origin", "null")
            .POST(HttpRequest.BodyPublishers.ofString(body.encoded()));
    if (fetchSite != null) request.header("Sec-Fetch-Site", fetchSite);
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void neitherCookieNorStorageGetsAPageInDanishAndEnglish() {
    // given a browser refusing the tool's cookies and a platform page that answers nothing
    LtiBrowser browser = cookieless(PlatformStorageFrame.silent());

    // when
    BrowserResponse page = browser.launch(withStorage, "1001", "rl-1");

    // then
    assertThat(page.status()).isEqualTo(401);
    assertThat(reason(page)).isEqualTo("STORAGE_UNAVAILABLE");
    assertThat(page.body())
        .contains("Aktiviteten kan ikke åbnes i denne browser")
        .contains("The activity cannot be opened in this browser");
  }

  @Test
  void aPlatformWithoutStorageAndABrowserWithoutCookiesGetTheSamePage() {
    LtiBrowser browser = new LtiBrowser().portsAreSites(true).blockThirdPartyCookies();

    BrowserResponse page = browser.launch(withoutStorage, "1001", "rl-1");

    assertThat(page.status()).isEqualTo(401);
    assertThat(reason(page)).isEqualTo("STATE_NOT_BOUND_TO_BROWSER");
    assertThat(page.body()).contains("Aktiviteten kan ikke åbnes i denne browser");
  }

  /** Runs a launch up to the tool's launch storage page, which it returns unsubmitted. */
  private static BrowserResponse untilLaunchStoragePage(
      LtiBrowser browser, ReferencePlatform platform) {
    BrowserResponse current = browser.open(platform.launchUri("1001", "rl-1"));
    for (int hop = 0; hop < LtiBrowser.MAX_HOPS; hop++) {
      if (LtiBrowser.isStoragePage(current) && current.body().contains("data-step=\"launch\"")) {
        return current;
      }
      current =
          LtiBrowser.isStoragePage(current) ? browser.storageStep(current) : browser.step(current);
    }
    throw new IllegalStateException("no launch storage page");
  }

  private static String origin(URI uri) {
    return uri.getScheme() + "://" + uri.getRawAuthority();
  }
}
