package dk.bif.server;

import dk.bif.core.application.Programme;
import dk.bif.lti.dynreg.DynamicRegistration;
import dk.bif.lti.http.HttpSettings;
import dk.bif.lti.http.JdkHttpFetcher;
import dk.bif.lti.keys.RingKey;
import dk.bif.lti.launch.LaunchPolicy;
import dk.bif.server.admin.AdminAccounts;
import dk.bif.server.admin.AdminArea;
import dk.bif.server.admin.AdminViews;
import dk.bif.server.admin.LockoutPolicy;
import dk.bif.server.admin.WaitingPeople;
import dk.bif.server.config.ServerConfig;
import dk.bif.server.config.SessionSecret;
import dk.bif.server.keys.ToolKeySet;
import dk.bif.server.observe.Health;
import dk.bif.server.observe.MetricsServlet;
import dk.bif.server.observe.Telemetry;
import dk.bif.server.platforms.PlatformInvitations;
import dk.bif.server.platforms.PlatformOrigins;
import dk.bif.server.platforms.PlatformRegistry;
import dk.bif.server.registration.DynamicRegistrations;
import dk.bif.server.registration.RegistrationEndpoint;
import dk.bif.server.registration.RegistrationLinks;
import dk.bif.store.jdbc.StoreSettings;
import dk.bif.store.jdbc.tool.ToolStores;
import dk.bif.tool.assembly.BifTool;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The served tool inside any servlet container: from a {@link ServerConfig}, the database (the
 * core's, the tool's and the server's tables), the assembled {@link BifTool} with its observers
 * (logs and metrics), the admin area, health and metrics, the scheduled key rotation. {@link
 * BifServer} runs it on Jetty for {@code bif serve}; the WAR runs the same in Tomcat or Jetty.
 *
 * <p>Life cycle: {@link #open}, {@link #mount} before the context starts, {@link #start} once it
 * has, {@link #stopping} when a stop begins (readiness turns 503 while requests drain), {@link
 * #close} last: the delivery worker hands back what it had claimed and the pool closes.
 */
public final class BifApplication implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(BifApplication.class);

  /** How often the scheduled key rotation looks whether the newest key is old enough. */
  static final Duration ROTATION_CHECK = Duration.ofHours(1);

  private final ServerConfig config;
  private final URI publicUrl;
  private final ToolStores stores;
  private final Telemetry telemetry;
  private final ToolKeySet keys;
  private final BifTool tool;
  private final PlatformRegistry platforms;
  private final AdminArea admin;
  private final RegistrationEndpoint registration;
  private final Health health;
  private final ScheduledExecutorService rotation;

  private BifApplication(
      ServerConfig config,
      URI publicUrl,
      ToolStores stores,
      Telemetry telemetry,
      ToolKeySet keys,
      BifTool tool,
      byte[] secret,
      Clock clock) {
    this.config = config;
    this.publicUrl = publicUrl;
    this.stores = stores;
    this.telemetry = telemetry;
    this.keys = keys;
    this.tool = tool;
    this.platforms =
        new PlatformRegistry(stores.registrations(), new PlatformOrigins(stores.database()));
    PlatformInvitations invitations = new PlatformInvitations(stores.database(), clock);
    Locale pagesLocale = Locale.forLanguageTag(config.pages().defaultLanguage());
    this.registration =
        new RegistrationEndpoint(
            new DynamicRegistrations(
                invitations,
                platforms,
                new DynamicRegistration(
                    new JdkHttpFetcher(HttpSettings.defaults()),
                    config.server().allowHttpOnLoopback()),
                tool.loginUri(),
                tool.launchUri(),
                tool.jwksUri(),
                clock),
            pagesLocale);
    this.admin =
        new AdminArea(
            new AdminAccounts(stores.database(), LockoutPolicy.standard(), clock),
            secret,
            platforms,
            tool.delivery(),
            keys,
            WaitingPeople.of(tool.linkingDesk(), stores.registrations()),
            new AdminViews.ToolUrls(
                tool.loginUri().toString(), tool.launchUri().toString(), tool.jwksUri().toString()),
            pagesLocale,
            clock,
            new RegistrationLinks(invitations, publicUrl));
    Map<String, BooleanSupplier> checks = new LinkedHashMap<>();
    checks.put(
        "database",
        () ->
            stores
                .database()
                .queryOne("check the database", "select 1", r -> r.getInt(1))
                .isPresent());
    checks.put("migrations", () -> true); // open() migrated every part or failed
    checks.put(
        "keys",
        () -> !tool.keys().publicKeys().getKeys().isEmpty() && tool.keys().signingKey() != null);
    this.health = new Health(checks);
    this.rotation =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "bif-key-rotation");
              t.setDaemon(true);
              return t;
            });
  }

  /**
   * Where the data is: the configured database, else an H2 file under the data directory that the
   * administration commands can open while the server runs.
   *
   * @param config the configuration
   * @param data the data directory
   * @return the settings
   */
  public static StoreSettings storeSettings(ServerConfig config, Path data) {
    return config
        .database()
        .urlSet()
        .map(
            url ->
                new StoreSettings(
                    url,
                    config.database().user(),
                    config.database().password(),
                    config.database().poolSize()))
        .orElseGet(() -> StoreSettings.embeddedShared(data));
  }

  /**
   * Opens the database with every part of the schema brought up to date.
   *
   * @param config the configuration
   * @param data the data directory
   * @param clock the time
   * @return the stores; close them
   */
  public static ToolStores openStores(ServerConfig config, Path data, Clock clock) {
    ToolStores stores = ToolStores.open(storeSettings(config, data), clock);
    try {
      stores.database().migrate(ServerSchema.SCHEMA);
      return stores;
    } catch (RuntimeException e) {
      stores.close();
      throw e;
    }
  }

  /**
   * Opens everything the tool needs.
   *
   * @param config the configuration, checked
   * @param data the data directory (the H2 file when no database is configured)
   * @param publicUrl the tool's public address
   * @param clock the time
   * @return the application, not yet mounted
   * @throws IllegalStateException naming what failed (the database, the key file)
   */
  public static BifApplication open(ServerConfig config, Path data, URI publicUrl, Clock clock) {
    ToolStores stores = openStores(config, data, clock);
    try {
      Telemetry telemetry = new Telemetry();
      ToolKeySet keys;
      try {
        keys = ToolKeySet.of(config.keys(), stores, clock);
      } catch (IOException e) {
        throw new UncheckedIOException("keys.file: " + e.getMessage(), e);
      }
      byte[] secret = sessionSecret(config, stores, clock);
      BifTool.Builder builder =
          BifTool.builder()
              .programme(new Programme(stores.core(), clock))
              .storage(stores)
              .baseUri(publicUrl)
              .sessionSecret(secret)
              .toolKeys(keys.keys())
              .clock(clock)
              .launchPolicy(
                  LaunchPolicy.defaults().withHttpOnLoopback(config.server().allowHttpOnLoopback()))
              .http(telemetry.counted(new JdkHttpFetcher(HttpSettings.defaults())))
              .launchObserver(telemetry.launches())
              .deliveryObserver(telemetry.deliveries())
              .rosterSyncObserver(telemetry.rosterSyncs());
      config.pages().frameOrigins().forEach(o -> builder.frameOrigin(URI.create(o)));
      if (!config.workers().rosterSync()) {
        builder.rosterSyncExecutor(task -> {}); // syncs on demand ("sync now") still run
      }
      BifTool tool = builder.build();
      telemetry.watch(stores.core().gradeOutbox(), clock);
      return new BifApplication(config, publicUrl, stores, telemetry, keys, tool, secret, clock);
    } catch (RuntimeException e) {
      stores.close();
      throw e;
    }
  }

  private static byte[] sessionSecret(ServerConfig config, ToolStores stores, Clock clock) {
    return config
        .sessions()
        .secretSet()
        .flatMap(SessionSecret::decode)
        .orElseGet(() -> ServerSchema.sessionSecret(stores.database(), clock));
  }

  /**
   * Mounts the tool (LTI endpoints, activity pages, deep linking), the admin area, {@code
   * /health/*}, {@code /metrics} (unless switched off) and a plain start page at {@code /}.
   *
   * @param context the servlet context, before it starts
   */
  public void mount(ServletContext context) {
    context
        .addFilter("bif-remembered-reads", new RememberedReads(stores.database()))
        .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), false, "/*");
    tool.mount(context);
    admin.register(context);
    registration.register(context);
    health.register(context);
    if (config.metrics().enabled()) {
      context
          .addServlet("bif-metrics", new MetricsServlet(telemetry))
          .addMapping(MetricsServlet.PATH);
    }
    context.addServlet("bif-start", new StartPage(tool)).addMapping("");
  }

  /** Starts the grade delivery (when this node delivers) and the scheduled key rotation. */
  public void start() {
    if (config.workers().gradeDelivery()) tool.start();
    if (keys.rotates()) {
      rotation.scheduleWithFixedDelay(
          this::rotateIfDue, 0, ROTATION_CHECK.toMinutes(), TimeUnit.MINUTES);
    }
  }

  private void rotateIfDue() {
    try {
      Optional<RingKey> next = keys.rotateIfDue();
      next.ifPresent(
          k ->
              LOG.atInfo()
                  .addKeyValue("kid", k.kid())
                  .addKeyValue("signs_from", k.signsFrom().toString())
                  .log("tool key rotated on schedule"));
    } catch (RuntimeException e) {
      LOG.warn("the scheduled key rotation failed; it is tried again in an hour", e);
    }
  }

  /** A stop has begun: readiness answers 503 while requests in flight drain. */
  public void stopping() {
    health.stopping();
  }

  /** The tool's public address. */
  public URI publicUrl() {
    return publicUrl;
  }

  /** The assembled tool. */
  public BifTool tool() {
    return tool;
  }

  /** The stores. */
  public ToolStores stores() {
    return stores;
  }

  /** The tool's keys as configured. */
  public ToolKeySet keys() {
    return keys;
  }

  /** The metrics and the log lines. */
  public Telemetry telemetry() {
    return telemetry;
  }

  /**
   * Stops the key rotation and the tool's workers (the delivery worker hands back the grades it
   * claimed and had not sent), then closes the pool. Idempotent.
   */
  @Override
  public void close() {
    rotation.shutdownNow();
    try {
      tool.close();
    } finally {
      stores.close();
    }
  }

  /** {@code /}: says what this is and which URLs the LMS is given; nothing personal. */
  private static final class StartPage extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient BifTool tool;

    StartPage(BifTool tool) {
      this.tool = tool;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
        throws IOException {
      response.setContentType("text/plain;charset=UTF-8");
      response.setHeader("Cache-Control", "no-store");
      response
          .getWriter()
          .write(
              "BIF LTI 1.3 tool\n\n"
                  + "Login URL:  "
                  + tool.loginUri()
                  + "\nLaunch URL: "
                  + tool.launchUri()
                  + "\nKey set:    "
                  + tool.jwksUri()
                  + "\nDynamic Registration: make a link with 'bif platform invite'"
                  + "\nAdministration: "
                  + tool.baseUri().resolve(AdminArea.ROOT)
                  + "\n");
    }
  }
}
