package dk.bif.lti.testkit;

import jakarta.servlet.Servlet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * A running LTI 1.3 platform on embedded Jetty, bound to 127.0.0.1 on an ephemeral port.
 *
 * <pre>{@code
 * try (ReferencePlatform lms = ReferencePlatform.builder().profile(Profile.MOODLE).start()) {
 *   lms.register(ToolRegistration.forBifTool("client-1", "dep-1", toolBase));
 *   lms.addUser(PlatformUser.learner("101", "Ann", "Hansen"));
 *   lms.addCourse(Course.of("c1", "BIF-H1", "BIF hold 1"));
 *   lms.enrol("c1", "101");
 *   lms.addLink(ResourceLink.of("rl-1", "c1", "Del 1 eksamen"));
 *   BrowserResponse page = new LtiBrowser().launch(lms.launchUri("101", "rl-1"));
 * }
 * }</pre>
 *
 * <p>Thread-safe. {@link #close()} stops the server.
 *
 * <p><b>Keeping state across restarts</b> ({@link Builder#stateFile(Path)}): the platform then
 * starts from the file when it exists and writes it again, atomically, after every change made
 * through this class's methods ({@link #register}, {@link #addUser}, {@link #addLink}...), after
 * every line item, score or deep-linking request that arrives over HTTP, and at {@link #close()}.
 * Changes made through {@link #keys()} or {@link Gradebook#createLineItem} are written with the
 * next change or at close; {@link #saveState()} writes at once. Only the logs and one-time launch
 * state are not kept. Give a fixed {@link Builder#issuer(String)} when the port may change between
 * runs, so that tools keep recognising the platform.
 */
public final class ReferencePlatform implements AutoCloseable {
  static final String SESSION_COOKIE = "RP_SESSION";

  private final Profile profile;
  private final Clock clock;
  private final Server server;
  private final URI baseUri;
  private final String issuer;
  private final Optional<String> tokenAudience;
  private final String platformGuid = UUID.randomUUID().toString();
  private final PlatformKeys keys = new PlatformKeys();
  private final Directory directory = new Directory();
  private final Gradebook gradebook;
  private final TokenForge tokens = new TokenForge(this);
  private final Faults faults = new Faults();
  private final AccessTokens accessTokens;
  private final SecureRandom random = new SecureRandom();
  private final Map<String, LaunchRequest> prepared = new ConcurrentHashMap<>();
  private final Map<String, PendingLaunch> pending = new ConcurrentHashMap<>();
  private final Map<String, PendingLaunch> deepLinkRequests = new ConcurrentHashMap<>();
  private final List<AuthorizationOutcome> authorizations = new ArrayList<>();
  private final List<TokenEndpointCall> tokenCalls = new ArrayList<>();
  private final List<DeepLinkReturn> deepLinkReturns = new ArrayList<>();
  private final List<DynamicRegistrationCall> registrationCalls = new ArrayList<>();
  private final Map<String, RegistrationToken> registrationTokens = new ConcurrentHashMap<>();
  private final Set<String> inactiveTools = ConcurrentHashMap.newKeySet();
  private final java.util.concurrent.atomic.AtomicInteger dynamicTools =
      new java.util.concurrent.atomic.AtomicInteger();
  private volatile java.util.function.Consumer<com.fasterxml.jackson.databind.node.ObjectNode>
      configurationBender = c -> {};
  private final Optional<Path> stateFile;
  private final Optional<BiFunction<String, String, URI>> coursePage;
  private final Object stateLock = new Object();
  private final Optional<String> storageTarget;
  private final String host;

  private ReferencePlatform(Builder b) throws Exception {
    this.profile = b.profile;
    this.clock = b.clock;
    this.gradebook = new Gradebook(profile);
    this.accessTokens = new AccessTokens(clock);
    this.stateFile = Optional.ofNullable(b.stateFile);
    this.coursePage = Optional.ofNullable(b.coursePage);
    this.storageTarget = Optional.ofNullable(b.storageTarget);
    this.host = b.host;
    if (stateFile.isPresent() && Files.exists(stateFile.get())) {
      PlatformState state = PlatformState.read(stateFile.get());
      keys.importState(state.keys());
      directory.importState(state.directory());
      gradebook.importState(state.gradebook());
    }
    this.server = new Server();
    ServerConnector connector = HttpConnectors.connector(server, "127.0.0.1", b.port);
    ServletContextHandler context = new ServletContextHandler();
    context.setContextPath("/");
    context.addServlet(new ServletHolder(new PlatformServlet(this)), "/*");
    context.addServlet(new ServletHolder(new PlatformStorageScript()), STORAGE_SCRIPT_PATH);
    for (Map.Entry<String, Function<ReferencePlatform, ? extends Servlet>> page :
        b.pages.entrySet()) {
      context.addServlet(new ServletHolder(page.getValue().apply(this)), page.getKey());
    }
    server.setHandler(context);
    server.start();
    this.baseUri = URI.create("http://" + host + ":" + connector.getLocalPort());
    this.issuer = b.issuer == null ? baseUri.toString() : b.issuer;
    this.tokenAudience = Optional.ofNullable(b.tokenAudience);
  }

  /**
   * Path of the platform side of the LTI client-side postMessage storage: a script a page that
   * frames a tool includes ({@code <script src="/platform-storage.js">}), which answers {@code
   * lti.capabilities}, {@code lti.put_data} and {@code lti.get_data} from the frames the page
   * hosts, keeping each tool origin's values apart (sessionStorage, so they outlive the frame's
   * navigations but not the tab).
   */
  public static final String STORAGE_SCRIPT_PATH = "/platform-storage.js";

  /**
   * The frame the login initiations name as {@code lti_storage_target}, when the platform offers
   * its storage.
   */
  public Optional<String> storageTarget() {
    return storageTarget;
  }

  /**
   * The platform's storage as a browser without JavaScript ({@link LtiBrowser}) sees it: one
   * answering from the platform's origin.
   *
   * @return a fresh, empty storage
   */
  public PlatformStorageFrame storageFrame() {
    return PlatformStorageFrame.answeringFrom(
        authorizationUri().getScheme() + "://" + authorizationUri().getRawAuthority());
  }

  /** Starts configuring a platform. */
  public static Builder builder() {
    return new Builder();
  }

  /** Stops the server and, with a state file, writes the state a last time. */
  @Override
  public void close() {
    try {
      server.stop();
    } catch (Exception e) {
      throw new IllegalStateException("cannot stop the reference platform", e);
    }
    changed();
  }

  // ---- state across restarts -----------------------------------------------------------------

  /** The file the state is kept in, when the builder named one. */
  public Optional<Path> stateFile() {
    return stateFile;
  }

  /**
   * Writes the state file now (atomically: a temporary file moved over the old one).
   *
   * @throws IllegalStateException when the platform was started without a state file
   * @throws UncheckedIOException when the file cannot be written
   */
  public void saveState() {
    Path file =
        stateFile.orElseThrow(
            () -> new IllegalStateException("no state file: start with Builder.stateFile(path)"));
    synchronized (stateLock) {
      try {
        new PlatformState(
                PlatformState.FORMAT,
                keys.exportState(),
                directory.exportState(),
                gradebook.exportState())
            .write(file);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the platform state to " + file, e);
      }
    }
  }

  /** Writes the state file when there is one. */
  void changed() {
    if (stateFile.isPresent()) {
      saveState();
    }
  }

  /** Where the deep-linking result page links back to, for a course and user, if configured. */
  Optional<URI> coursePage(String courseId, String sub) {
    return coursePage.map(f -> f.apply(courseId, sub));
  }

  // ---- configuration -------------------------------------------------------------------------

  /** The profile in force. */
  public Profile profile() {
    return profile;
  }

  Clock clock() {
    return clock;
  }

  /** The {@code iss} of every id_token: the base URL unless the builder named another. */
  public String issuer() {
    return issuer;
  }

  /** The base URL, e.g. {@code http://127.0.0.1:43123}, without a trailing slash. */
  public URI baseUri() {
    return baseUri;
  }

  String platformGuid() {
    return platformGuid;
  }

  /** The platform's JWK Set URL. */
  public URI jwksUri() {
    return url(profile.paths().jwks());
  }

  /** The OIDC authorization endpoint. */
  public URI authorizationUri() {
    return url(profile.paths().authorization());
  }

  /** The OAuth 2 token endpoint. */
  public URI tokenUri() {
    return url(profile.paths().token());
  }

  /** The {@code aud} the token endpoint expects in client assertions: the named one or the URL. */
  public String tokenAudience() {
    return tokenAudience.orElse(tokenUri().toString());
  }

  /** The platform's signing keys; rotate them here. */
  public PlatformKeys keys() {
    return keys;
  }

  /** The token forge for negative tests. */
  public TokenForge tokens() {
    return tokens;
  }

  /** Switchable faults. */
  public Faults faults() {
    return faults;
  }

  /** The gradebook: line items, scores, the delivery log. */
  public Gradebook gradebook() {
    return gradebook;
  }

  /** Makes every access token issued so far expire now: the next service call gets 401. */
  public void expireAccessTokens() {
    accessTokens.expireAll();
  }

  AccessTokens accessTokens() {
    return accessTokens;
  }

  Directory directory() {
    return directory;
  }

  private URI url(String pathTemplate) {
    return URI.create(baseUri + pathTemplate);
  }

  String lineItemsUrl(String courseId) {
    return baseUri + PlatformPaths.fill(profile.paths().lineItems(), courseId, "");
  }

  String lineItemUrl(LineItem item) {
    return baseUri + PlatformPaths.fill(profile.paths().lineItem(), item.courseId(), item.id());
  }

  String membershipsUrl(String courseId) {
    return baseUri + PlatformPaths.fill(profile.paths().memberships(), courseId, "");
  }

  String deepLinkReturnUri(PendingLaunch launch) {
    String course = launch.course().map(Course::id).orElse("0");
    return baseUri
        + PlatformPaths.fillLaunch(profile.paths().deepLinkReturn(), course, launch.returnKey());
  }

  /** The line item's URL as the platform serves it (Moodle's carry a query string). */
  public URI lineItemUri(LineItem item) {
    return URI.create(lineItemUrl(item));
  }

  /** The line items container URL of a course. */
  public URI lineItemsUri(String courseId) {
    return URI.create(lineItemsUrl(courseId));
  }

  /** The context memberships URL of a course. */
  public URI membershipsUri(String courseId) {
    return URI.create(membershipsUrl(courseId));
  }

  // ---- directory -----------------------------------------------------------------------------

  /** Registers (or replaces) a tool. */
  public ReferencePlatform register(ToolRegistration tool) {
    directory.register(Objects.requireNonNull(tool));
    changed();
    return this;
  }

  /** The registered tool with {@code clientId}. */
  public Optional<ToolRegistration> tool(String clientId) {
    return directory.tool(clientId);
  }

  /** Adds (or replaces) a user; a changed user shows up in NRPS {@code differences}. */
  public ReferencePlatform addUser(PlatformUser user) {
    directory.addUser(Objects.requireNonNull(user));
    directory.touch(user.sub());
    changed();
    return this;
  }

  /** The user with {@code sub}. */
  public Optional<PlatformUser> user(String sub) {
    return directory.user(sub);
  }

  /** Every user, in the order they were first added. */
  public List<PlatformUser> users() {
    return directory.users();
  }

  /** Every course, in the order they were first added. */
  public List<Course> courses() {
    return directory.courses();
  }

  /** Adds a course. */
  public ReferencePlatform addCourse(Course course) {
    directory.addCourse(Objects.requireNonNull(course));
    changed();
    return this;
  }

  /** The course with {@code id}. */
  public Optional<Course> course(String id) {
    return directory.course(id);
  }

  /** Enrols users (added before) in a course as active members. */
  public ReferencePlatform enrol(String courseId, String... subs) {
    for (String sub : subs) {
      directory.enrol(courseId, sub, "Active");
    }
    changed();
    return this;
  }

  /** Marks a member inactive (suspended) without removing them. */
  public ReferencePlatform suspend(String courseId, String sub) {
    directory.enrol(courseId, sub, "Inactive");
    changed();
    return this;
  }

  /** Removes a member; NRPS {@code differences} report them as {@code Deleted}. */
  public ReferencePlatform unenrol(String courseId, String sub) {
    directory.unenrol(courseId, sub);
    changed();
    return this;
  }

  /** The active and inactive members of a course. */
  public List<Membership> members(String courseId) {
    return directory.members(courseId);
  }

  /** Adds (or replaces) a resource link; its course must exist. */
  public ReferencePlatform addLink(ResourceLink link) {
    directory.addLink(Objects.requireNonNull(link));
    changed();
    return this;
  }

  /** The resource link with {@code id}. */
  public Optional<ResourceLink> link(String id) {
    return directory.link(id);
  }

  /** Every resource link, deep-linked ones included. */
  public List<ResourceLink> links() {
    return directory.links();
  }

  // ---- launches ------------------------------------------------------------------------------

  /**
   * The URL a browser opens to launch {@code request}: the platform "logs the user in" (a session
   * cookie) and sends the OIDC login initiation to the tool. Each URL launches once.
   *
   * @param request the launch
   * @return the platform URL to open
   * @throws IllegalArgumentException when the user, link, course or tool is unknown
   */
  public URI launchUri(LaunchRequest request) {
    resolve(request, Optional.empty());
    String id = randomToken();
    prepared.put(id, request);
    return URI.create(baseUri + profile.paths().launch() + "?launch=" + id);
  }

  /** The URL a browser opens to launch user {@code sub} into resource link {@code linkId}. */
  public URI launchUri(String sub, String linkId) {
    return launchUri(LaunchRequest.resourceLink(sub, linkId));
  }

  /**
   * Starts a launch without a browser session: the login initiation the tool should receive. The
   * authorization endpoint will then not ask for the platform's session cookie.
   *
   * @param request the launch
   * @return the login initiation to send to the tool
   */
  public LoginInitiation startLaunch(LaunchRequest request) {
    return initiate(resolve(request, Optional.empty()));
  }

  Optional<LaunchRequest> takePrepared(String id) {
    return Optional.ofNullable(prepared.remove(id));
  }

  LoginInitiation initiate(PendingLaunch launch) {
    pending.put(launch.messageHint(), launch);
    Map<String, String> p = new LinkedHashMap<>();
    p.put("iss", issuer);
    p.put("login_hint", launch.user().sub());
    p.put("target_link_uri", launch.targetLinkUri().toString());
    p.put("lti_message_hint", launch.messageHint());
    p.put("client_id", launch.tool().clientId());
    p.put("lti_deployment_id", launch.deploymentId());
    storageTarget.ifPresent(frame -> p.put("lti_storage_target", frame));
    return new LoginInitiation(
        launch.tool().loginInitiationUri(), p, profile.postsLoginInitiation());
  }

  Optional<PendingLaunch> takePending(String messageHint) {
    return Optional.ofNullable(pending.remove(messageHint));
  }

  void rememberDeepLinkRequest(PendingLaunch launch) {
    deepLinkRequests.put(launch.returnKey(), launch);
  }

  Optional<PendingLaunch> deepLinkRequest(String returnKey) {
    return Optional.ofNullable(deepLinkRequests.get(returnKey));
  }

  PendingLaunch resolve(LaunchRequest r, Optional<String> session) {
    ToolRegistration tool =
        r.clientId()
            .map(
                id ->
                    directory
                        .tool(id)
                        .orElseThrow(
                            () -> new IllegalArgumentException("no tool with client_id " + id)))
            .orElseGet(directory::onlyTool);
    PlatformUser user =
        directory
            .user(r.sub())
            .orElseThrow(() -> new IllegalArgumentException("no user with sub " + r.sub()));
    Optional<ResourceLink> link =
        r.resourceLinkId()
            .map(
                id ->
                    directory
                        .link(id)
                        .orElseThrow(
                            () -> new IllegalArgumentException("no resource link with id " + id)));
    Optional<String> courseId = r.courseId().or(() -> link.map(ResourceLink::courseId));
    Optional<Course> course =
        courseId.map(
            id ->
                directory
                    .course(id)
                    .orElseThrow(() -> new IllegalArgumentException("no course with id " + id)));
    String deployment = r.deploymentId().orElse(tool.defaultDeploymentId());
    URI target =
        r.targetLinkUri()
            .or(() -> link.flatMap(ResourceLink::targetLinkUri))
            .orElse(
                r.messageType().equals(LaunchRequest.DEEP_LINKING_REQUEST)
                    ? tool.deepLinkingUri()
                    : tool.launchUri());
    return new PendingLaunch(
        messageHint(),
        r.messageType(),
        tool,
        deployment,
        user,
        link,
        course,
        target,
        r.deepLinkingSettings(),
        session,
        clock.instant(),
        randomToken());
  }

  private String messageHint() {
    String id = randomToken();
    if (profile == Profile.MOODLE) {
      return "{\"cmid\":" + (1 + random.nextInt(999)) + ",\"launchid\":\"ltilaunch1_" + id + "\"}";
    }
    return id;
  }

  String randomToken() {
    byte[] bytes = new byte[16];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  // ---- Dynamic Registration ------------------------------------------------------------------

  /** A registration token the platform handed out: single use, until it expires. */
  private record RegistrationToken(java.time.Instant expiresAt, boolean used) {}

  /** The platform's OpenID configuration URL (Dynamic Registration). */
  public URI openIdConfigurationUri() {
    return url(profile.openIdConfigurationPath());
  }

  /** The Dynamic Registration endpoint a tool posts its configuration to. */
  public URI registrationUri() {
    return url(profile.registrationPath());
  }

  /**
   * What the LMS administrator's browser opens when they paste the tool's registration URL into the
   * platform (Moodle's "Tool URL"): that URL with {@code openid_configuration} and a fresh
   * single-use {@code registration_token} added to its query. The token lasts a day (Brightspace:
   * an hour) by the platform's clock.
   *
   * @param toolRegistrationUrl the tool's registration (initiation) URL
   * @return the URL to open
   */
  public URI dynamicRegistrationUri(URI toolRegistrationUrl) {
    String token = newRegistrationToken();
    String url = toolRegistrationUrl.toString();
    return URI.create(
        url
            + (url.contains("?") ? "&" : "?")
            + "openid_configuration="
            + java.net.URLEncoder.encode(
                openIdConfigurationUri().toString(), java.nio.charset.StandardCharsets.UTF_8)
            + "&registration_token="
            + token);
  }

  /**
   * Hands out a registration token, as the platform does when an administrator starts a Dynamic
   * Registration.
   *
   * @return the token (single use; a day, Brightspace an hour)
   */
  public String newRegistrationToken() {
    String token = randomToken() + randomToken();
    registrationTokens.put(
        token,
        new RegistrationToken(clock.instant().plus(profile.registrationTokenLifetime()), false));
    return token;
  }

  /** Why a token cannot be used, or empty after marking it used. */
  Optional<String> takeRegistrationToken(String token) {
    java.util.concurrent.atomic.AtomicReference<Optional<String>> why =
        new java.util.concurrent.atomic.AtomicReference<>(
            Optional.of("the registration token is unknown"));
    registrationTokens.computeIfPresent(
        token,
        (k, t) -> {
          if (t.used()) {
            why.set(Optional.of("the registration token was used already"));
            return t;
          }
          if (!clock.instant().isBefore(t.expiresAt())) {
            why.set(Optional.of("the registration token has expired"));
            return t;
          }
          why.set(Optional.empty());
          return new RegistrationToken(t.expiresAt(), true);
        });
    return why.get();
  }

  /**
   * Changes every OpenID configuration the platform serves from now on (a test's bent platform:
   * another issuer, a missing endpoint); {@code c -> {}} undoes it.
   *
   * @param bender changes the configuration in place
   */
  public void bendOpenIdConfiguration(
      java.util.function.Consumer<com.fasterxml.jackson.databind.node.ObjectNode> bender) {
    this.configurationBender = Objects.requireNonNull(bender, "bender");
  }

  void bendConfiguration(com.fasterxml.jackson.databind.node.ObjectNode configuration) {
    configurationBender.accept(configuration);
  }

  String newClientId() {
    return "dyn-" + randomToken();
  }

  String newDeploymentId() {
    int n = dynamicTools.incrementAndGet();
    return profile == Profile.BRIGHTSPACE ? UUID.randomUUID().toString() : String.valueOf(n);
  }

  void registerDynamically(ToolRegistration tool) {
    if (profile.dynamicRegistrationStartsInactive()) inactiveTools.add(tool.clientId());
    register(tool);
  }

  /**
   * Whether the tool may be launched: a tool registered dynamically under Moodle (pending) or
   * Brightspace (disabled) is not, until {@link #activateTool}.
   *
   * @param clientId the tool's client id
   * @return true when it is registered and active
   */
  public boolean toolActive(String clientId) {
    return tool(clientId).isPresent() && !inactiveTools.contains(clientId);
  }

  /**
   * The platform administrator activates a tool (Moodle: "Activate" on the pending tool;
   * Brightspace: enables the registration); its launches work from now on.
   *
   * @param clientId the tool's client id
   * @return this
   */
  public ReferencePlatform activateTool(String clientId) {
    if (tool(clientId).isEmpty())
      throw new IllegalArgumentException("no tool with client_id " + clientId);
    inactiveTools.remove(clientId);
    return this;
  }

  /** Every request to the Dynamic Registration endpoint, accepted or refused, in order. */
  public List<DynamicRegistrationCall> dynamicRegistrations() {
    synchronized (registrationCalls) {
      return List.copyOf(registrationCalls);
    }
  }

  void log(DynamicRegistrationCall call) {
    synchronized (registrationCalls) {
      registrationCalls.add(call);
    }
  }

  // ---- logs ----------------------------------------------------------------------------------

  /** Every authentication request answered, in order. */
  public List<AuthorizationOutcome> authorizations() {
    synchronized (authorizations) {
      return List.copyOf(authorizations);
    }
  }

  void log(AuthorizationOutcome outcome) {
    synchronized (authorizations) {
      authorizations.add(outcome);
    }
  }

  /** Every token endpoint request, in order (faulted ones excluded). */
  public List<TokenEndpointCall> tokenCalls() {
    synchronized (tokenCalls) {
      return List.copyOf(tokenCalls);
    }
  }

  /** How many access tokens were issued. */
  public long tokensIssued() {
    return tokenCalls().stream().filter(TokenEndpointCall::granted).count();
  }

  void log(TokenEndpointCall call) {
    synchronized (tokenCalls) {
      tokenCalls.add(call);
    }
  }

  /** Every deep linking response that arrived, accepted or refused, in order. */
  public List<DeepLinkReturn> deepLinkReturns() {
    synchronized (deepLinkReturns) {
      return List.copyOf(deepLinkReturns);
    }
  }

  void log(DeepLinkReturn r) {
    synchronized (deepLinkReturns) {
      deepLinkReturns.add(r);
    }
  }

  /** Configures a {@link ReferencePlatform}. */
  public static final class Builder {
    private Profile profile = Profile.SPEC;
    private Clock clock = Clock.systemUTC();
    private String issuer;
    private String tokenAudience;
    private int port;
    private Path stateFile;
    private BiFunction<String, String, URI> coursePage;
    private String storageTarget;
    private String host = "127.0.0.1";
    private final Map<String, Function<ReferencePlatform, ? extends Servlet>> pages =
        new LinkedHashMap<>();

    private Builder() {}

    /**
     * Keeps the platform's state in {@code file} (JSON): restored at start when the file exists,
     * written after each change and at close. See the class comment for what is kept.
     *
     * @param file the state file; its directory is created when missing
     * @return this builder
     */
    public Builder stateFile(Path file) {
      this.stateFile = Objects.requireNonNull(file, "file");
      return this;
    }

    /**
     * Serves extra pages (e.g. a demo LMS's own pages) from the platform's server, next to the LTI
     * endpoints; a more specific servlet mapping wins over the endpoints' {@code /*}.
     *
     * @param pathSpec a servlet mapping, e.g. {@code /lms/*} or {@code ""} for the root
     * @param servlet makes the servlet, given the platform
     * @return this builder
     */
    public Builder page(String pathSpec, Function<ReferencePlatform, ? extends Servlet> servlet) {
      pages.put(Objects.requireNonNull(pathSpec, "pathSpec"), Objects.requireNonNull(servlet));
      return this;
    }

    /**
     * Makes the page the deep-linking return answers with link back to a course page: {@code
     * (courseId, sub)} to its URL. Without it the page only says what was added.
     *
     * @param page the course page of a course for a user
     * @return this builder
     */
    public Builder coursePage(BiFunction<String, String, URI> page) {
      this.coursePage = Objects.requireNonNull(page, "page");
      return this;
    }

    /** The LMS to imitate (default {@link Profile#SPEC}). */
    public Builder profile(Profile p) {
      this.profile = Objects.requireNonNull(p);
      return this;
    }

    /** The clock for iat/exp and token lifetimes (default the system UTC clock). */
    public Builder clock(Clock c) {
      this.clock = Objects.requireNonNull(c);
      return this;
    }

    /** An issuer other than the base URL (Canvas: {@code https://canvas.instructure.com}). */
    public Builder issuer(String iss) {
      this.issuer = Checks.notBlank(iss, "issuer");
      return this;
    }

    /** A client-assertion audience other than the token URL (Brightspace's "OAuth2 Audience"). */
    public Builder tokenAudience(String aud) {
      this.tokenAudience = Checks.notBlank(aud, "tokenAudience");
      return this;
    }

    /**
     * Offers the platform's storage: the login initiations name {@code frame} as {@code
     * lti_storage_target} ({@code _parent} as Sakai does, {@code post_message_forwarding} as Canvas
     * does); pages that frame the tool include {@link #STORAGE_SCRIPT_PATH}.
     *
     * @param frame the frame name
     * @return this builder
     */
    public Builder storageTarget(String frame) {
      this.storageTarget = Checks.notBlank(frame, "frame");
      return this;
    }

    /**
     * The host name in the platform's URLs (default {@code 127.0.0.1}); the server binds 127.0.0.1
     * whatever it is. {@code localhost} puts the platform on another site than a tool on 127.0.0.1,
     * so that a browser treats the tool's cookies as third-party.
     *
     * @param name {@code 127.0.0.1} or {@code localhost}
     * @return this builder
     */
    public Builder host(String name) {
      if (!name.equals("127.0.0.1") && !name.equals("localhost"))
        throw new IllegalArgumentException("host must be 127.0.0.1 or localhost: " + name);
      this.host = name;
      return this;
    }

    /** A fixed port for a demo (default 0: ephemeral). */
    public Builder port(int p) {
      if (p < 0 || p > 65535) {
        throw new IllegalArgumentException("port must be 0..65535: " + p);
      }
      this.port = p;
      return this;
    }

    /**
     * Starts the server on 127.0.0.1.
     *
     * @return the running platform
     * @throws IllegalStateException when the server cannot start
     */
    public ReferencePlatform start() {
      try {
        return new ReferencePlatform(this);
      } catch (Exception e) {
        throw new IllegalStateException("cannot start the reference platform", e);
      }
    }
  }
}
