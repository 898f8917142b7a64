package dk.bif.store.jdbc.tool;

import static org.assertj.core.api.Assertions.assertThat;

import dk.bif.lti.keys.RotatingToolKeys;
import dk.bif.lti.keys.ToolKeyFiles;
import dk.bif.lti.registration.ClientId;
import dk.bif.lti.registration.DeploymentId;
import dk.bif.lti.registration.Issuer;
import dk.bif.lti.registration.PlatformKeySource;
import dk.bif.lti.registration.PlatformRegistration;
import dk.bif.lti.registration.RegistrationKey;
import dk.bif.lti.servlet.LaunchHandler;
import dk.bif.lti.servlet.LtiServlets;
import dk.bif.lti.testing.Loopback;
import dk.bif.lti.testkit.BrowserResponse;
import dk.bif.lti.testkit.Course;
import dk.bif.lti.testkit.HtmlForm;
import dk.bif.lti.testkit.LtiBrowser;
import dk.bif.lti.testkit.PlatformUser;
import dk.bif.lti.testkit.Profile;
import dk.bif.lti.testkit.ReferencePlatform;
import dk.bif.lti.testkit.ResourceLink;
import dk.bif.lti.testkit.ToolRegistration;
import dk.bif.lti.tool.LtiTool;
import dk.bif.store.jdbc.Database;
import dk.bif.store.jdbc.StoreSettings;
import dk.bif.store.jdbc.TestDatabases;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Server;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two tool nodes (two Jetty servers on loopback, each with its own pool) on one PostgreSQL
 * database, behind the reference platform: what one node accepted, the other refuses.
 */
class TwoToolNodesTest {
  private static final String CLIENT_ID = "bif-tool";
  private static final String DEPLOYMENT = "kp-1";

  private final Clock clock = Clock.systemUTC();
  private final List<AutoCloseable> open = new ArrayList<>();
  private ReferencePlatform lms;
  private Node a;
  private Node b;

  private record Node(Server server, URI base, Database db) {}

  @BeforeEach
  void start() throws Exception {
    lms = ReferencePlatform.builder().profile(Profile.SPEC).clock(clock).start();
    StoreSettings settings = TestDatabases.postgresSettings(4);
    a = node(settings);
    b = node(settings);
    lms.register(ToolRegistration.forBifTool(CLIENT_ID, DEPLOYMENT, a.base()));
    lms.addUser(PlatformUser.learner("101", "Ann", "Hansen"))
        .addCourse(Course.of("c1", "BIF-D1-H7", "BIF Del 1, hold 7"))
        .enrol("c1", "101")
        .addLink(ResourceLink.of("rl-1", "c1", "Del 1"));
  }

  @AfterEach
  void stop() throws Exception {
    for (int i = open.size() - 1; i >= 0; i--) open.get(i).close();
    if (lms != null) lms.close();
  }

  @Test
  void anIdTokenAcceptedOnOneNodeIsRefusedAsReplayedOnTheOther() {
    // given a launch that node A accepted
    LtiBrowser browser = new LtiBrowser();
    BrowserResponse accepted = browser.launch(lms, "101", "rl-1");
    assertThat(accepted.status()).isEqualTo(200);
    HtmlForm launchForm = launchFormPostedTo(browser, a.base());
    Map<String, String> loginParameters = loginParametersSentTo(browser, a.base());

    // when the same id_token is posted to node B under a login that B itself just started
    BrowserResponse loginAtB =
        browser.open(URI.create(b.base() + LtiServlets.LOGIN_PATH + "?" + query(loginParameters)));
    String freshState = LtiBrowser.queryParameters(loginAtB.location().orElseThrow()).get("state");
    BrowserResponse replay =
        browser.post(
            b.base().resolve(LtiServlets.LAUNCH_PATH),
            Map.of("id_token", launchForm.field("id_token").orElseThrow(), "state", freshState),
            lms.baseUri());

    // then B refuses it: the nonce was recorded by A in the shared database
    assertThat(replay.status()).isBetween(400, 499);
    assertThat(replay.body()).contains("NONCE_REPLAYED");
  }

  @Test
  void aLaunchFormPostedAgainToTheOtherNodeFindsItsStateAlreadyTaken() {
    LtiBrowser browser = new LtiBrowser();
    assertThat(browser.launch(lms, "101", "rl-1").status()).isEqualTo(200);
    HtmlForm launchForm = launchFormPostedTo(browser, a.base());

    BrowserResponse replay =
        browser.post(b.base().resolve(LtiServlets.LAUNCH_PATH), launchForm.fields(), lms.baseUri());

    assertThat(replay.status()).isBetween(400, 499);
    assertThat(replay.body()).contains("STATE_UNKNOWN");
  }

  @Test
  void bothNodesSignWithTheOneStoredToolKey() {
    assertThat(new JdbcToolKeyStore(a.db(), clock).find("signing").orElseThrow().getKeyID())
        .isEqualTo(new JdbcToolKeyStore(b.db(), clock).find("signing").orElseThrow().getKeyID());
  }

  private Node node(StoreSettings settings) throws Exception {
    Database db = ToolDatabases.open(settings);
    open.add(db);
    ServletContextHandler context = new ServletContextHandler();
    context.setContextPath("/");
    Server server = Loopback.bound(context);
    URI base = Loopback.baseUrl(server);
    JdbcRegistrationRepository registrations = new JdbcRegistrationRepository(db);
    registrations.save(
        new PlatformRegistration(
            new RegistrationKey(Issuer.of(lms.issuer()), ClientId.of(CLIENT_ID)),
            Set.of(DeploymentId.of(DEPLOYMENT)),
            lms.authorizationUri(),
            lms.tokenUri(),
            Optional.empty(),
            new PlatformKeySource.KeySetUrl(lms.jwksUri())));
    var key = new JdbcToolKeyStore(db, clock).keyFor("signing", () -> ToolKeyFiles.generate("k1"));
    LtiTool tool =
        LtiTool.builder()
            .registrations(registrations)
            .toolKeys(new RotatingToolKeys(key, clock))
            .stateStore(new JdbcStateStore(db, clock))
            .nonceStore(new JdbcNonceStore(db, clock))
            // one redirect URI for the deployment, as behind a load balancer
            .redirectUri(
                a == null
                    ? base.resolve(LtiServlets.LAUNCH_PATH)
                    : a.base().resolve(LtiServlets.LAUNCH_PATH))
            .launchUrl(
                a == null
                    ? base.resolve(LtiServlets.LAUNCH_PATH)
                    : a.base().resolve(LtiServlets.LAUNCH_PATH))
            .clock(clock)
            .build();
    LtiServlets.register(context.getServletContext(), tool, LaunchHandler.defaultPage());
    server.start();
    open.add(server::stop);
    return new Node(server, base, db);
  }

  private static HtmlForm launchFormPostedTo(LtiBrowser browser, URI node) {
    return browser.history().stream()
        .flatMap(r -> r.forms().stream())
        .filter(f -> f.action().toString().startsWith(node + LtiServlets.LAUNCH_PATH))
        .filter(f -> f.field("id_token").isPresent())
        .findFirst()
        .orElseThrow();
  }

  private static Map<String, String> loginParametersSentTo(LtiBrowser browser, URI node) {
    return browser.history().stream()
        .filter(r -> r.uri().toString().startsWith(node + LtiServlets.LOGIN_PATH))
        .map(r -> LtiBrowser.queryParameters(r.uri()))
        .filter(p -> !p.isEmpty() && p.containsKey("iss"))
        .findFirst()
        .or(
            () ->
                browser.history().stream()
                    .flatMap(r -> r.forms().stream())
                    .filter(f -> f.action().toString().startsWith(node + LtiServlets.LOGIN_PATH))
                    .map(HtmlForm::fields)
                    .findFirst())
        .orElseThrow();
  }

  private static String query(Map<String, String> parameters) {
    StringBuilder out = new StringBuilder();
    parameters.forEach(
        (k, v) ->
            out.append(out.length() == 0 ? "" : "&")
                .append(java.net.URLEncoder.encode(k, java.nio.charset.StandardCharsets.UTF_8))
                .append('=')
                .append(java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8)));
    return out.toString();
  }
}
