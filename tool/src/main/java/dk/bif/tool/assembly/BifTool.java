package dk.bif.tool.assembly;

import dk.bif.core.application.CompetenceAssessment;
import dk.bif.core.application.Programme;
import dk.bif.core.benchmark.NationalBenchmark;
import dk.bif.core.competence.GapAnalysis;
import dk.bif.core.competence.ProfileMatchPolicy;
import dk.bif.core.enrolment.CohortPlanner;
import dk.bif.core.port.ProgrammeStores;
import dk.bif.credentials.CredentialIssuer;
import dk.bif.lti.ags.AccessTokenPolicy;
import dk.bif.lti.ags.AccessTokens;
import dk.bif.lti.ags.AgsClient;
import dk.bif.lti.ags.ServiceCalls;
import dk.bif.lti.http.HttpFetcher;
import dk.bif.lti.http.HttpSettings;
import dk.bif.lti.http.JdkHttpFetcher;
import dk.bif.lti.keys.KeyRingToolKeys;
import dk.bif.lti.keys.RingKey;
import dk.bif.lti.keys.ToolKeyFiles;
import dk.bif.lti.keys.ToolKeys;
import dk.bif.lti.launch.LaunchPolicy;
import dk.bif.lti.nrps.RosterSync;
import dk.bif.lti.servlet.LaunchHandler;
import dk.bif.lti.servlet.LaunchObserver;
import dk.bif.lti.servlet.LtiServlets;
import dk.bif.lti.tool.LtiTool;
import dk.bif.tool.bridge.ExamPlacementRecorder;
import dk.bif.tool.bridge.LaunchBridge;
import dk.bif.tool.bridge.LinkingDesk;
import dk.bif.tool.bridge.LmsLinks;
import dk.bif.tool.bridge.LmsPerson;
import dk.bif.tool.bridge.PersonLinkPolicy;
import dk.bif.tool.deeplink.DeepLinkPicker;
import dk.bif.tool.deeplink.LinkableActivity;
import dk.bif.tool.grades.DeliveryObserver;
import dk.bif.tool.grades.DeliverySettings;
import dk.bif.tool.grades.GradeDelivery;
import dk.bif.tool.grades.GradeDestinations;
import dk.bif.tool.grades.SevenPointScoreMapping;
import dk.bif.tool.pages.ActivityPages;
import dk.bif.tool.pages.PageRoutes;
import dk.bif.tool.pages.arrival.ArrivalPages;
import dk.bif.tool.pages.leader.CentreNeeds;
import dk.bif.tool.pages.leader.LeaderPages;
import dk.bif.tool.pages.leader.LeaderViews;
import dk.bif.tool.pages.participant.CredentialDownloads;
import dk.bif.tool.pages.participant.ParticipantPages;
import dk.bif.tool.pages.participant.ParticipantViews;
import dk.bif.tool.pages.participant.ProgressReader;
import dk.bif.tool.pages.participant.RatingForm;
import dk.bif.tool.pages.teacher.TeacherDesks;
import dk.bif.tool.pages.teacher.TeacherPages;
import dk.bif.tool.roster.CohortRosters;
import dk.bif.tool.roster.RosterSyncObserver;
import dk.bif.tool.servlet.ActivityPageServlet;
import dk.bif.tool.servlet.BifLaunchHandlers;
import dk.bif.tool.servlet.CredentialServlets;
import dk.bif.tool.servlet.DeepLinkingLaunchHandler;
import dk.bif.tool.servlet.DeepLinkingServlets;
import jakarta.servlet.ServletContext;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * BIF's LTI tool assembled: the one place where the programme core, the tool's storage and the LTI
 * library are wired into the running tool — the LTI endpoints, the activity pages, deep linking,
 * grade delivery and roster sync. {@code bif serve}, the demo and the tests all build it here.
 *
 * <pre>{@code
 * BifTool tool = BifTool.builder()
 *     .programme(new Programme(stores.core(), clock))
 *     .storage(stores)                              // ToolStores (JDBC) or InMemoryToolStorage
 *     .baseUri(URI.create("https://bif.kp.dk"))     // the tool's public address
 *     .sessionSecret(secret)                        // >= 32 bytes, the same on every node
 *     .build();
 * tool.mount(servletContext);                        // before the context starts
 * tool.start();                                      // the grade delivery worker
 * ...
 * tool.close();
 * }</pre>
 *
 * <p>The tool's signing keys are kept in the storage's key ring ({@link #storedKeys}: made on the
 * first start, the same on every node, rotated by time) unless the builder is given keys. Observers
 * of launches, deliveries and roster syncs (logs, metrics) are given to the builder. Thread-safe
 * once built; {@link #close} stops the delivery worker and the roster syncs.
 */
public final class BifTool implements AutoCloseable {

  /**
   * The name the tool's single signing key had in the storage before the key ring: a database that
   * has one starts its ring with it, so the platforms keep the kid they cached.
   */
  public static final String TOOL_KEY = "tool-signing";

  private final Programme programme;
  private final ToolStorage storage;
  private final URI baseUri;
  private final Clock clock;
  private final ToolKeys keys;
  private final LtiTool lti;
  private final ServiceCalls calls;
  private final ExecutorService rosterSyncs;
  private final CohortRosters rosters;
  private final LaunchBridge bridge;
  private final LinkingDesk linkingDesk;
  private final ArrivalPages arrivals;
  private final DeepLinkPicker picker;
  private final GradeDestinations destinations;
  private final GradeDelivery delivery;
  private final ActivityPages pages;
  private final Optional<CredentialIssuer> credentials;
  private final LaunchHandler launches;
  private final LaunchObserver launchObserver;

  private BifTool(Builder b) {
    programme = Objects.requireNonNull(b.programme, "programme");
    credentials = Optional.ofNullable(b.credentials);
    storage = Objects.requireNonNull(b.storage, "storage");
    baseUri = Objects.requireNonNull(b.baseUri, "baseUri");
    Objects.requireNonNull(b.sessionSecret, "sessionSecret");
    clock = b.clock != null ? b.clock : programme.clock();
    keys = b.keys != null ? b.keys : storedKeys(storage, clock);
    launchObserver = b.launchObserver;
    URI launch = launchUri();
    HttpFetcher http = b.http != null ? b.http : new JdkHttpFetcher(HttpSettings.defaults());
    lti =
        LtiTool.builder()
            .registrations(storage.registrations())
            .toolKeys(keys)
            .redirectUri(launch)
            .launchUrl(launch)
            .stateStore(storage.states())
            .nonceStore(storage.nonces())
            .httpFetcher(http)
            .launchPolicy(b.launchPolicy)
            .clock(clock)
            .build();
    calls =
        new ServiceCalls(
            http, new AccessTokens(http, keys, AccessTokenPolicy.defaults(), clock), clock);
    rosterSyncs =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "bif-roster-sync");
              t.setDaemon(true);
              return t;
            });
    Executor syncs = b.rosterSyncExecutor != null ? b.rosterSyncExecutor : rosterSyncs;
    ProgrammeStores core = programme.stores();
    LmsLinks links = storage.lmsLinks();
    destinations =
        new GradeDestinations(
            storage.gradeRoutes(),
            storage.examPlacements(),
            core.enrolments(),
            (platform, employee) -> links.holderOf(platform, employee).map(LmsPerson::subject));
    delivery =
        new GradeDelivery(
            core.gradeOutbox(),
            destinations,
            storage.registrations(),
            new AgsClient(calls),
            new SevenPointScoreMapping(),
            b.deliverySettings,
            b.random,
            clock,
            b.deliveryObserver);
    RosterSyncObserver rosterSynced = b.rosterSyncObserver;
    rosters =
        new CohortRosters(
            new RosterSync(
                calls, storage.rosterSnapshots(), false, RosterSync.PAGE_SIZE, programme.clock()),
            storage.rosterSources(),
            storage.rosterSnapshots(),
            storage.registrations(),
            storage.lmsLinks(),
            core.employees(),
            core.enrolments(),
            programme.enrolment(),
            syncs,
            b.rosterSyncInterval,
            programme.clock(),
            outcome -> {
              rosterSynced.observed(outcome);
              if (outcome.error().isEmpty()) delivery.wake();
            });
    ExamPlacementRecorder placements =
        new ExamPlacementRecorder(storage.examPlacements(), programme.clock(), delivery::wake);
    bridge =
        new LaunchBridge(
            programme.catalogue(),
            core.employees(),
            core.enrolments(),
            programme.enrolment(),
            storage.lmsLinks(),
            storage.refusedClaims(),
            storage.placements(),
            storage.waitingList(),
            storage.gradeRoutes(),
            programme.clock(),
            visit -> {
              placements.admitted(visit);
              rosters.admitted(visit);
            });
    linkingDesk =
        new LinkingDesk(
            storage.waitingList(), storage.lmsLinks(), core.employees(), new PersonLinkPolicy());
    arrivals =
        new ArrivalPages(
            LinkableActivity.offered(programme.catalogue()).stream()
                .map(LinkableActivity::activity)
                .toList(),
            storage.placements(),
            storage.waitingList(),
            core.employees(),
            clock);
    picker =
        new DeepLinkPicker(
            LinkableActivity.offered(programme.catalogue()),
            storage.pendingDeepLinks(),
            keys,
            clock,
            bridge::coursePart);
    List<PageRoutes> routes = b.pageRoutes != null ? b.pageRoutes.apply(this) : standardRoutes();
    ActivityPages.Builder pageSettings =
        ActivityPages.builder()
            .bridge(bridge)
            .catalogue(programme.catalogue())
            .registrations(storage.registrations())
            .sessionSecret(b.sessionSecret)
            .clock(clock)
            .detour(arrivals::detour)
            .routes(routes.toArray(PageRoutes[]::new));
    b.frameOrigins.forEach(pageSettings::frameOrigin);
    pages = pageSettings.build();
    LaunchHandler landing =
        b.launchHandler != null
            ? b.launchHandler.apply(this)
            : BifLaunchHandlers.activityPages(pages);
    launches = new DeepLinkingLaunchHandler(picker, landing);
  }

  /**
   * The tool's signing keys kept in the storage's key ring: on an empty ring, the key the storage
   * kept under {@link #TOOL_KEY} before (so the platforms keep the kid they cached) or a new one.
   *
   * @param storage the tool's storage
   * @param clock the time that decides which key signs
   * @return the keys, shared through the storage with every node
   */
  public static KeyRingToolKeys storedKeys(ToolStorage storage, Clock clock) {
    if (storage.toolKeyRing().keys().isEmpty()) {
      storage
          .toolKeys()
          .find(TOOL_KEY)
          .ifPresent(
              k -> storage.toolKeyRing().add(new RingKey(1, k, clock.instant(), clock.instant())));
    }
    return new KeyRingToolKeys(storage.toolKeyRing(), () -> ToolKeyFiles.generate(newKid()), clock);
  }

  /** A new key id: {@code bif-} and 12 random hex digits. */
  public static String newKid() {
    byte[] bytes = new byte[6];
    new SecureRandom().nextBytes(bytes);
    return "bif-" + HexFormat.of().formatHex(bytes);
  }

  /** The participant's, leader's and teacher's pages over the programme and the tool's storage. */
  private List<PageRoutes> standardRoutes() {
    ProgrammeStores core = programme.stores();
    CompetenceAssessment assessment = programme.competence();
    RatingForm ratings = new RatingForm(assessment);
    ProgressReader progress =
        new ProgressReader(
            programme.catalogue(),
            programme.enrolment(),
            core.enrolments(),
            core.attendance(),
            programme.attendance(),
            programme.exams(),
            programme.attempts(),
            programme.awards(),
            clock);
    ParticipantViews participant =
        new ParticipantViews(
            progress,
            core.employees(),
            programme.goals(),
            ratings,
            clock,
            credentials.map(
                c ->
                    new CredentialDownloads(
                        c, core.employees(), core.examRecords(), programme.catalogue())));
    LeaderViews leader =
        new LeaderViews(
            progress,
            core.employees(),
            programme.goals(),
            ratings,
            assessment,
            new GapAnalysis(
                assessment.framework(),
                ProfileMatchPolicy.standard(assessment.framework().scale()),
                clock),
            CentreNeeds.nationalIdeal(NationalBenchmark.survey2017()),
            clock);
    TeacherDesks desk =
        TeacherDesks.of(
            programme.catalogue(),
            core.employees(),
            core.enrolments(),
            core.attendance(),
            programme.attendance(),
            programme.exams(),
            programme.attempts(),
            programme.awards(),
            core.gradeOutbox(),
            destinations,
            delivery::retry,
            storage.rosterSnapshots(),
            new CohortPlanner(),
            linkingDesk::waitingIn);
    return List.of(
        new ParticipantPages(participant, clock),
        new LeaderPages(leader),
        new TeacherPages(desk, clock),
        arrivals);
  }

  /** Starts a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Mounts the tool in a servlet context that has not started: {@code /lti/login}, {@code
   * /lti/launch}, {@code /lti/jwks}, the deep-linking picker and the activity pages under {@code
   * /bif}. No launch leads to an administrator's page: those are the served product's, behind its
   * own login.
   *
   * @param context the servlet context
   */
  public void mount(ServletContext context) {
    LtiServlets.register(context, lti, launches, launchObserver);
    DeepLinkingServlets.register(context, picker, lti.contentSecurityPolicy());
    ActivityPageServlet.register(context, pages);
    credentials.ifPresent(c -> CredentialServlets.register(context, c));
  }

  /** The college's credential issuer, when the tool issues credentials. */
  public Optional<CredentialIssuer> credentials() {
    return credentials;
  }

  /** Starts the grade delivery worker. */
  public void start() {
    delivery.start();
  }

  /** Stops the grade delivery worker and the roster syncs. Idempotent. */
  @Override
  public void close() {
    try {
      delivery.close();
    } finally {
      rosterSyncs.shutdownNow();
    }
  }

  /** The tool's public base address, e.g. {@code https://bif.kp.dk}. */
  public URI baseUri() {
    return baseUri;
  }

  /** The launch and redirect URL the LMS is given: {@code <base>/lti/launch}. */
  public URI launchUri() {
    return baseUri.resolve(LtiServlets.LAUNCH_PATH);
  }

  /** The login initiation URL: {@code <base>/lti/login}. */
  public URI loginUri() {
    return baseUri.resolve(LtiServlets.LOGIN_PATH);
  }

  /** The tool's public key set: {@code <base>/lti/jwks}. */
  public URI jwksUri() {
    return baseUri.resolve(LtiServlets.JWKS_PATH);
  }

  /** The programme behind the tool. */
  public Programme programme() {
    return programme;
  }

  /** The tool's storage. */
  public ToolStorage storage() {
    return storage;
  }

  /** The tool's signing keys. */
  public ToolKeys keys() {
    return keys;
  }

  /** The LTI layer: login and launch. */
  public LtiTool lti() {
    return lti;
  }

  /** Authorised calls to the platforms' services (AGS, NRPS). */
  public ServiceCalls serviceCalls() {
    return calls;
  }

  /** The bridge from a launch into the programme. */
  public LaunchBridge bridge() {
    return bridge;
  }

  /** The rosters synced into cohorts. */
  public CohortRosters rosters() {
    return rosters;
  }

  /** The coordinator's linking of the people waiting (admin pages, {@code bif people}). */
  public LinkingDesk linkingDesk() {
    return linkingDesk;
  }

  /**
   * The pages of an unplaced link and of a person the staff register lacks; in the standard routes,
   * and for a test's own {@link Builder#pageRoutes}.
   */
  public ArrivalPages arrivals() {
    return arrivals;
  }

  /** The deep-linking picker. */
  public DeepLinkPicker picker() {
    return picker;
  }

  /** The grade delivery worker. */
  public GradeDelivery delivery() {
    return delivery;
  }

  /** The activity pages. */
  public ActivityPages pages() {
    return pages;
  }

  /** Builds a {@link BifTool}; programme, storage, base URI and session secret are required. */
  public static final class Builder {
    private Programme programme;
    private ToolStorage storage;
    private URI baseUri;
    private byte[] sessionSecret;
    private Clock clock;
    private ToolKeys keys;
    private HttpFetcher http;
    private LaunchPolicy launchPolicy = LaunchPolicy.defaults();
    private DeliverySettings deliverySettings = DeliverySettings.defaults();
    private Duration rosterSyncInterval = CohortRosters.DEFAULT_INTERVAL;
    private Executor rosterSyncExecutor;
    private Random random = new Random();
    private Function<BifTool, List<PageRoutes>> pageRoutes;
    private Function<BifTool, LaunchHandler> launchHandler;
    private LaunchObserver launchObserver = LaunchObserver.NONE;
    private DeliveryObserver deliveryObserver = DeliveryObserver.NONE;
    private RosterSyncObserver rosterSyncObserver = RosterSyncObserver.NONE;
    private final List<URI> frameOrigins = new java.util.ArrayList<>();

    private CredentialIssuer credentials;

    private Builder() {}

    /**
     * Issues credentials: the public verification page ({@code /bif/verify}), the issuer's profile
     * and keys ({@code /bif/issuer}, {@code /bif/issuer/jwks.json}) and its status lists ({@code
     * /bif/credentials/status/N}) are mounted with the tool. Optional.
     *
     * @param issuer the college's issuer (its public address should be the tool's)
     * @return this builder
     */
    public Builder credentials(CredentialIssuer issuer) {
      this.credentials = Objects.requireNonNull(issuer, "issuer");
      return this;
    }

    /**
     * Another origin that may frame the activity pages besides the registered platforms' issuers
     * and authorization endpoints: an LMS whose pages live elsewhere (Canvas: the school's own
     * domain, e.g. {@code https://kp.instructure.com}).
     */
    public Builder frameOrigin(URI origin) {
      frameOrigins.add(Objects.requireNonNull(origin, "origin"));
      return this;
    }

    /** Told every login's and launch's outcome (logs, metrics); by default nobody. */
    public Builder launchObserver(LaunchObserver observer) {
      this.launchObserver = Objects.requireNonNull(observer, "observer");
      return this;
    }

    /** Told every grade delivery attempt's outcome (logs, metrics); by default nobody. */
    public Builder deliveryObserver(DeliveryObserver observer) {
      this.deliveryObserver = Objects.requireNonNull(observer, "observer");
      return this;
    }

    /** Told every roster sync's outcome (logs, metrics); by default nobody. */
    public Builder rosterSyncObserver(RosterSyncObserver observer) {
      this.rosterSyncObserver = Objects.requireNonNull(observer, "observer");
      return this;
    }

    /** The programme core (its clock is the tool's unless {@link #clock} says otherwise). */
    public Builder programme(Programme programme) {
      this.programme = programme;
      return this;
    }

    /** The tool's storage. */
    public Builder storage(ToolStorage storage) {
      this.storage = storage;
      return this;
    }

    /** The tool's public base address (scheme, host, port; no path), as the LMS reaches it. */
    public Builder baseUri(URI baseUri) {
      this.baseUri = baseUri;
      return this;
    }

    /** The page-session secret: at least 32 random bytes, the same on every node. */
    public Builder sessionSecret(byte[] sessionSecret) {
      this.sessionSecret = sessionSecret.clone();
      return this;
    }

    /**
     * The tool's time (logins, tokens, page sessions, deliveries); by default the programme's
     * clock, which keeps the programme's time (enrolment dates, roster syncs) in any case.
     */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /** The tool's signing keys; by default the storage's key ring ({@link #storedKeys}). */
    public Builder toolKeys(ToolKeys keys) {
      this.keys = keys;
      return this;
    }

    /** Outbound HTTP to the platforms; by default the JDK's client with the default settings. */
    public Builder http(HttpFetcher http) {
      this.http = http;
      return this;
    }

    /**
     * How launches are checked: clock leeway, token age, anonymous launches, and whether plain
     * {@code http} return URLs on loopback hosts are accepted (the demo and tests on one machine);
     * by default {@link LaunchPolicy#defaults()}, https only.
     */
    public Builder launchPolicy(LaunchPolicy policy) {
      this.launchPolicy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /** How grades are delivered (poll interval, senders, retries). */
    public Builder deliverySettings(DeliverySettings settings) {
      this.deliverySettings = Objects.requireNonNull(settings, "settings");
      return this;
    }

    /** How often a cohort's roster is synced at most by teachers' launches (default 10 min). */
    public Builder rosterSyncInterval(Duration interval) {
      this.rosterSyncInterval = Objects.requireNonNull(interval, "interval");
      return this;
    }

    /** Where roster syncs run; by default one daemon thread of the tool's own. */
    public Builder rosterSyncExecutor(Executor executor) {
      this.rosterSyncExecutor = Objects.requireNonNull(executor, "executor");
      return this;
    }

    /** The jitter of delivery retries. */
    public Builder random(Random random) {
      this.random = Objects.requireNonNull(random, "random");
      return this;
    }

    /**
     * Other page areas than the participant's, leader's and teacher's (tests of one area).
     *
     * @param routes builds the areas from the assembled tool's parts
     */
    public Builder pageRoutes(Function<BifTool, List<PageRoutes>> routes) {
      this.pageRoutes = routes;
      return this;
    }

    /**
     * Another answer to a resource-link launch than the activity pages (deep-linking launches are
     * answered as always).
     *
     * @param handler builds the handler from the assembled tool's parts
     */
    public Builder launchHandler(Function<BifTool, LaunchHandler> handler) {
      this.launchHandler = handler;
      return this;
    }

    /**
     * @return the assembled tool
     * @throws NullPointerException naming what is missing
     */
    public BifTool build() {
      return new BifTool(this);
    }
  }
}
