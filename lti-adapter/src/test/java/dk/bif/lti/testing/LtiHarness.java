package dk.bif.lti.testing;

import dk.bif.lti.keys.RotatingToolKeys;
import dk.bif.lti.keys.ToolKeyFiles;
import dk.bif.lti.registration.ClientId;
import dk.bif.lti.registration.DeploymentId;
import dk.bif.lti.registration.InMemoryRegistrationRepository;
import dk.bif.lti.registration.Issuer;
import dk.bif.lti.registration.PlatformKeySource;
import dk.bif.lti.registration.PlatformRegistration;
import dk.bif.lti.registration.RegistrationKey;
import dk.bif.lti.servlet.LaunchHandler;
import dk.bif.lti.servlet.LtiServlets;
import dk.bif.lti.tool.LtiTool;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Server;

/**
 * The tool on embedded Jetty on loopback, the test platform, a shared clock, and a browser that
 * keeps the binding cookie by hand (a real browser would, over https).
 */
public final class LtiHarness implements AutoCloseable {
  public static final String CLIENT_ID = "bif-tool";
  public static final String DOWN_CLIENT_ID = "bif-tool-down";
  public static final String DEPLOYMENT = "dep-1";
  public static final String OTHER_DEPLOYMENT = "dep-2";

  public final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
  public final TestPlatform platform;
  public final AtomicReference<LaunchHandler> handler =
      new AtomicReference<>(LaunchHandler.defaultPage());
  private final Server server;
  private final HttpClient browser =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  /** The cookie and redirect a login produced. */
  public record Login(
      int status, URI location, String cookieName, String cookieValue, String body) {
    public String cookie() {
      return cookieName + "=" + cookieValue;
    }
  }

  /** What the servlets told their observer, oldest first. */
  public final java.util.List<dk.bif.lti.servlet.LaunchOutcome> outcomes =
      new java.util.concurrent.CopyOnWriteArrayList<>();

  public LtiHarness() throws Exception {
    platform = new TestPlatform(clock);
    ServletContextHandler context = new ServletContextHandler();
    context.setContextPath("/");
    server = Loopback.bound(context);
    URI base = Loopback.baseUrl(server);
    LtiTool tool =
        LtiTool.builder()
            .registrations(
                new InMemoryRegistrationRepository(
                    java.util.List.of(
                        registration(
                            CLIENT_ID, new PlatformKeySource.KeySetUrl(platform.keySetUrl())),
                        registration(
                            DOWN_CLIENT_ID,
                            new PlatformKeySource.KeySetUrl(platform.unreachableKeySetUrl())))))
            .toolKeys(new RotatingToolKeys(ToolKeyFiles.generate("tool-1"), clock))
            .redirectUri(base.resolve("/lti/launch"))
            .launchUrl(base.resolve("/lti/launch"))
            .clock(clock)
            .build();
    LtiServlets.register(
        context.getServletContext(),
        tool,
        (launch, request, response) -> handler.get().onLaunch(launch, request, response),
        outcomes::add);
    server.start();
  }

  private static PlatformRegistration registration(String clientId, PlatformKeySource keys) {
    return new PlatformRegistration(
        new RegistrationKey(Issuer.of(TestPlatform.ISSUER), ClientId.of(clientId)),
        Set.of(DeploymentId.of(DEPLOYMENT), DeploymentId.of(OTHER_DEPLOYMENT)),
        URI.create(TestPlatform.ISSUER + "/mod/lti/auth.php"),
        URI.create(TestPlatform.ISSUER + "/mod/lti/token.php"),
        Optional.empty(),
        keys);
  }

  public URI toolUrl(String path) {
    return Loopback.baseUrl(server).resolve(path);
  }

  public String launchUrl() {
    return toolUrl("/lti/launch").toString();
  }

  /** The parameters Moodle sends to start a login. */
  public Map<String, String> loginParameters() {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("iss", TestPlatform.ISSUER);
    p.put("login_hint", "1001");
    p.put("target_link_uri", launchUrl());
    p.put("lti_message_hint", "{\"cmid\":1,\"launchid\":\"ltilaunch1_42\"}");
    p.put("client_id", CLIENT_ID);
    p.put("lti_deployment_id", DEPLOYMENT);
    return p;
  }

  /** Starts a login by auto-posted form, as Moodle does. */
  public Login login(Map<String, String> params) throws Exception {
    return login(params, true);
  }

  public Login login(Map<String, String> params, boolean post) throws Exception {
    String form = form(params);
    HttpRequest request =
        post
            ? HttpRequest.newBuilder(toolUrl("/lti/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build()
            : HttpRequest.newBuilder(URI.create(toolUrl("/lti/login") + "?" + form)).GET().build();
    HttpResponse<String> response = browser.send(request, HttpResponse.BodyHandlers.ofString());
    String setCookie = response.headers().firstValue("Set-Cookie").orElse("");
    int eq = setCookie.indexOf('=');
    int semi = setCookie.indexOf(';');
    return new Login(
        response.statusCode(),
        response.headers().firstValue("Location").map(URI::create).orElse(null),
        eq < 0 ? "" : setCookie.substring(0, eq),
        eq < 0 ? "" : setCookie.substring(eq + 1, semi < 0 ? setCookie.length() : semi),
        response.body());
  }

  public HttpResponse<String> rawLoginResponse(Map<String, String> params) throws Exception {
    return browser.send(
        HttpRequest.newBuilder(toolUrl("/lti/login"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form(params)))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Logs in with the standard parameters and lets the platform authorize with edited claims. */
  public Launch authorizedLaunch(String role, Consumer<Map<String, Object>> edit) throws Exception {
    Login login = login(loginParameters());
    TestPlatform.AuthorizationResponse auth =
        platform.authorize(login.location(), DEPLOYMENT, launchUrl(), "1001", role, edit);
    return new Launch(login, auth.idToken(), auth.state());
  }

  /** What the browser holds right before it posts the launch. */
  public record Launch(Login login, String idToken, String state) {}

  /** Posts the launch form; {@code null} leaves a parameter out. */
  public HttpResponse<String> postLaunch(String idToken, String state, String cookie)
      throws Exception {
    Map<String, String> params = new LinkedHashMap<>();
    if (idToken != null) params.put("id_token", idToken);
    if (state != null) params.put("state", state);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(toolUrl("/lti/launch"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form(params)));
    if (cookie != null) request.header("Cookie", cookie);
    return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  public HttpResponse<String> post(Launch launch) throws Exception {
    return postLaunch(launch.idToken(), launch.state(), launch.login().cookie());
  }

  public HttpResponse<String> get(String path) throws Exception {
    return browser.send(
        HttpRequest.newBuilder(toolUrl(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The reason code an error page shows. */
  public static String reasonOf(String page) {
    Matcher m = Pattern.compile("<code class=\"reason\">([A-Z_]+)</code>").matcher(page);
    return m.find() ? m.group(1) : "(no reason on page: " + page + ")";
  }

  /** A field of the default launch page. */
  public static String field(String page, String name) {
    Matcher m = Pattern.compile("<dd class=\"" + name + "\">([^<]*)</dd>").matcher(page);
    return m.find() ? m.group(1) : "(no " + name + ")";
  }

  private static String form(Map<String, String> params) {
    StringJoiner joined = new StringJoiner("&");
    params.forEach(
        (k, v) ->
            joined.add(
                URLEncoder.encode(k, StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return joined.toString();
  }

  @Override
  public void close() throws Exception {
    server.stop();
    platform.close();
  }
}
