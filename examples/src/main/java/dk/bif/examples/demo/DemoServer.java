package dk.bif.examples.demo;

import dk.bif.lti.ags.AccessTokenPolicy;
import dk.bif.lti.ags.AccessTokens;
import dk.bif.lti.ags.AgsClient;
import dk.bif.lti.ags.DeliverySettings;
import dk.bif.lti.ags.GradeDelivery;
import dk.bif.lti.ags.ServiceCalls;
import dk.bif.lti.ags.SevenPointScoreMapping;
import dk.bif.lti.bridge.LaunchBridge;
import dk.bif.lti.deeplink.DeepLinkPicker;
import dk.bif.lti.deeplink.LinkableActivity;
import dk.bif.lti.deeplink.PendingDeepLinks;
import dk.bif.lti.http.HttpSettings;
import dk.bif.lti.http.JdkHttpFetcher;
import dk.bif.lti.keys.RotatingToolKeys;
import dk.bif.lti.keys.ToolKeyFiles;
import dk.bif.lti.registration.ClientId;
import dk.bif.lti.registration.DeploymentId;
import dk.bif.lti.registration.Issuer;
import dk.bif.lti.registration.PlatformKeySource;
import dk.bif.lti.registration.PlatformRegistration;
import dk.bif.lti.registration.RegistrationKey;
import dk.bif.lti.servlet.DeepLinkingLaunchHandler;
import dk.bif.lti.servlet.DeepLinkingServlets;
import dk.bif.lti.servlet.GradeAdminPages;
import dk.bif.lti.servlet.LaunchHandler;
import dk.bif.lti.servlet.LtiServlets;
import dk.bif.lti.testkit.PlatformUser;
import dk.bif.lti.testkit.Profile;
import dk.bif.lti.testkit.ReferencePlatform;
import dk.bif.lti.testkit.ToolRegistration;
import dk.bif.lti.tool.LtiTool;
import dk.bif.store.jdbc.StoreSettings;
import dk.bif.store.jdbc.Stores;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The demo, wired by hand: on the embedded H2 database under the data directory, our LTI tool (on
 * Jetty) and the reference platform acting as a small demo LMS, registered with each other, the
 * grade delivery worker running, and the demo's people and courses seeded on the first start.
 *
 * <pre>{@code
 * try (DemoServer demo = DemoServer.start(DemoSettings.ephemeral(dir))) {
 *   URI startPage = demo.lmsUri();          // pick a user
 *   demo.programme().exams().grade(...);    // reaches the demo LMS gradebook
 * }
 * }</pre>
 *
 * <p>What is kept where: the core's data, the tool's signing key, the platform registration, the
 * LMS links and the grade outbox in H2 ({@code <data>/bif.mv.db}); the demo LMS's users, courses,
 * placed activities, gradebook and signing keys in {@code <data>/demo-lms.json}. The registration
 * (whose URLs depend on the ports) is written again at every start; seeding happens only when the
 * database has no employee (and the LMS no teacher). The demo LMS's issuer is {@value #LMS_ISSUER}
 * whatever its port, so links and registrations stay valid when the ports change.
 *
 * <p>Thread-safe; {@link #close()} stops the worker and both servers and closes the pool, after
 * which another {@code start} on the same data directory succeeds.
 */
public final class DemoServer implements AutoCloseable {

  /** The demo LMS's {@code iss}, fixed so that a restart on other ports keeps every link. */
  public static final String LMS_ISSUER = "https://demo-lms.bif.invalid";

  /** The tool's client id in the demo LMS. */
  public static final String CLIENT_ID = "bif-demo-tool";

  /** The tool's deployment in the demo LMS. */
  public static final String DEPLOYMENT_ID = "bif-demo-1";

  /** The demo LMS's state file in the data directory. */
  public static final String LMS_STATE_FILE = "demo-lms.json";

  private static final String TOOL_KEY = "demo-tool-signing";

  private final Stores stores;
  private final DemoProgramme programme;
  private final ReferencePlatform lms;
  private final Server toolServer;
  private final URI toolUri;
  private final GradeDelivery delivery;
  private final boolean seeded;
  private final AtomicBoolean closed = new AtomicBoolean();

  private DemoServer(Parts p) {
    this.stores = p.stores;
    this.programme = p.programme;
    this.lms = p.lms;
    this.toolServer = p.toolServer;
    this.toolUri = p.toolUri;
    this.delivery = p.delivery;
    this.seeded = p.seeded;
  }

  /** What {@link #start} has opened so far, to close on a failed start. */
  private static final class Parts {
    Stores stores;
    DemoProgramme programme;
    ReferencePlatform lms;
    Server toolServer;
    URI toolUri;
    GradeDelivery delivery;
    boolean seeded;

    void closeQuietly() {
      List<Runnable> steps = new ArrayList<>();
      if (delivery != null) steps.add(delivery::close);
      if (toolServer != null) steps.add(() -> stop(toolServer));
      if (lms != null) steps.add(lms::close);
      if (stores != null) steps.add(stores::close);
      for (Runnable step : steps) {
        try {
          step.run();
        } catch (RuntimeException ignored) {
          // closing after a failed start: the first failure is the one to report
        }
      }
    }
  }

  /**
   * Starts the demo.
   *
   * @param settings data directory, ports and clock
   * @return the running demo
   * @throws IllegalStateException naming what failed (a port in use, the database locked by another
   *     process...); everything started before is closed again
   */
  public static DemoServer start(DemoSettings settings) {
    Parts p = new Parts();
    try {
      Path data = settings.dataDirectory();
      Files.createDirectories(data);
      var clock = settings.clock();
      p.stores = Stores.open(StoreSettings.embedded(data), clock);
      p.programme = new DemoProgramme(p.stores, clock);
      RotatingToolKeys keys =
          new RotatingToolKeys(
              p.stores.toolKeys().keyFor(TOOL_KEY, () -> ToolKeyFiles.generate("bif-demo-1")),
              clock);

      p.lms =
          ReferencePlatform.builder()
              .profile(Profile.ITSLEARNING)
              .issuer(LMS_ISSUER)
              .clock(clock)
              .port(settings.lmsPort())
              .stateFile(data.resolve(LMS_STATE_FILE))
              .page("", DemoLmsPages::new)
              .page(DemoLmsPages.PREFIX + "/*", DemoLmsPages::new)
              .coursePage(DemoLmsPages::coursePage)
              .start();

      p.toolServer = new Server();
      ServerConnector connector = new ServerConnector(p.toolServer);
      connector.setHost("127.0.0.1");
      connector.setPort(settings.toolPort());
      p.toolServer.addConnector(connector);
      connector.open();
      p.toolUri = URI.create("http://127.0.0.1:" + connector.getLocalPort());

      // each side learns the other's URLs again at every start: the ports may have changed
      RegistrationKey platform = new RegistrationKey(Issuer.of(LMS_ISSUER), ClientId.of(CLIENT_ID));
      PlatformRegistration registration =
          new PlatformRegistration(
              platform,
              Set.of(DeploymentId.of(DEPLOYMENT_ID)),
              p.lms.authorizationUri(),
              p.lms.tokenUri(),
              Optional.empty(),
              new PlatformKeySource.KeySetUrl(p.lms.jwksUri()));
      var registrations = p.stores.registrations();
      registrations.save(registration);
      p.lms.register(ToolRegistration.forBifTool(CLIENT_ID, DEPLOYMENT_ID, p.toolUri));

      URI launch = p.toolUri.resolve(LtiServlets.LAUNCH_PATH);
      LtiTool tool =
          LtiTool.builder()
              .registrations(registrations)
              .toolKeys(keys)
              .redirectUri(launch)
              .launchUrl(launch)
              .stateStore(p.stores.states())
              .nonceStore(p.stores.nonces())
              .clock(clock)
              .build();
      var catalogue = p.programme.catalogue();
      LaunchBridge bridge =
          new LaunchBridge(
              catalogue,
              p.programme.employees(),
              p.programme.enrolments(),
              p.programme.enrolment(),
              p.stores.lmsLinks(),
              p.stores.gradeRoutes(),
              clock);
      DeepLinkPicker picker =
          new DeepLinkPicker(
              LinkableActivity.offered(catalogue),
              new PendingDeepLinks(new SecureRandom(), clock),
              keys,
              clock);
      JdkHttpFetcher http = new JdkHttpFetcher(HttpSettings.defaults());
      p.delivery =
          new GradeDelivery(
              p.stores.gradeOutbox(),
              p.stores.gradeRoutes(),
              registrations,
              new AgsClient(
                  new ServiceCalls(
                      http,
                      new AccessTokens(http, keys, AccessTokenPolicy.defaults(), clock),
                      clock)),
              new SevenPointScoreMapping(),
              DeliverySettings.defaults(),
              new Random(),
              clock);

      ServletContextHandler context = new ServletContextHandler();
      context.setContextPath("/");
      p.toolServer.setHandler(context);
      ServletContext servlets = context.getServletContext();
      GradeAdminPages admin =
          new GradeAdminPages(
              p.delivery,
              new DeepLinkingLaunchHandler(picker, launchHandler(servlets, p.programme, bridge)),
              new SecureRandom(),
              clock);
      LtiServlets.register(servlets, tool, admin);
      admin.register(servlets);
      DeepLinkingServlets.register(servlets, picker);
      servlets
          .addServlet("demo-tool-landing", new ToolLandingPage(p.lms.baseUri(), p.toolUri))
          .addMapping("");

      p.seeded =
          DemoSeed.seedIfEmpty(
              p.stores.database(),
              p.programme,
              p.stores.lmsLinks(),
              platform,
              DeploymentId.of(DEPLOYMENT_ID),
              p.lms,
              LocalDate.now(clock));
      p.toolServer.start();
      p.delivery.start();
      return new DemoServer(p);
    } catch (IOException e) {
      p.closeQuietly();
      throw new UncheckedIOException("the demo cannot start: " + e.getMessage(), e);
    } catch (Exception e) {
      p.closeQuietly();
      throw new IllegalStateException("the demo cannot start: " + e.getMessage(), e);
    }
  }

  /**
   * The one place that chooses what a resource-link launch shows. Deep-linking launches (the
   * activity picker) and the grade administration are handled around it.
   *
   * @param context the tool's servlet context, not yet started: pages that need servlets of their
   *     own (forms, assets) register them here
   * @param programme the core's services
   * @param bridge takes a launch into the core
   * @return the handler
   */
  private static LaunchHandler launchHandler(
      ServletContext context, DemoProgramme programme, LaunchBridge bridge) {
    return LaunchHandler.bridged(bridge);
  }

  /** The tool's base URL, e.g. {@code http://127.0.0.1:8080}. */
  public URI toolUri() {
    return toolUri;
  }

  /** The demo LMS's start page ("pick a user"), e.g. {@code http://127.0.0.1:8081/}. */
  public URI lmsUri() {
    return URI.create(lms.baseUri() + "/");
  }

  /** The demo LMS's page for one user: their courses. */
  public URI homeUri(String sub) {
    return URI.create(lms.baseUri() + DemoLmsPages.PREFIX + "/home?user=" + Markup.query(sub));
  }

  /** The demo LMS's course page of a course for a user. */
  public URI courseUri(String courseId, String sub) {
    return URI.create(lms.baseUri() + DemoLmsPages.coursePage(courseId, sub).toString());
  }

  /** The demo LMS's gradebook page of a course for a user. */
  public URI gradebookUri(String courseId, String sub) {
    return URI.create(
        lms.baseUri()
            + DemoLmsPages.PREFIX
            + "/gradebook/"
            + Markup.query(courseId)
            + "?user="
            + Markup.query(sub));
  }

  /** The demo LMS (the reference platform), for tests and the activity pages' wiring. */
  public ReferencePlatform lms() {
    return lms;
  }

  /** The core's services on the demo's database. */
  public DemoProgramme programme() {
    return programme;
  }

  /** Every JDBC store on the demo's database. */
  public Stores stores() {
    return stores;
  }

  /** The grade delivery worker. */
  public GradeDelivery delivery() {
    return delivery;
  }

  /** Whether this start seeded the demo's data (the first start on a data directory). */
  public boolean seededNow() {
    return seeded;
  }

  /**
   * What to print for a person: the start page first, the tool, then one line per user to pick.
   *
   * @return the lines, without line breaks
   */
  public List<String> instructions() {
    List<String> lines = new ArrayList<>();
    lines.add("BIF demo is running" + (seeded ? " (data seeded on this first start)." : "."));
    lines.add("");
    lines.add("  Demo LMS, start here:  " + lmsUri());
    lines.add(
        "  BIF LTI tool:          "
            + toolUri
            + " (key set: "
            + toolUri
            + LtiServlets.JWKS_PATH
            + ")");
    lines.add("");
    lines.add("Users to pick (or open their page directly):");
    for (PlatformUser u : lms.users()) {
      lines.add(
          String.format("  %-18s %-22s %s", u.name(), DemoLmsPages.roleNames(u), homeUri(u.sub())));
    }
    lines.add("");
    lines.add("Press Ctrl-C to stop; the data stays for the next start.");
    return lines;
  }

  /** Stops the delivery worker, the tool, the demo LMS (writing its state) and the pool. */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    RuntimeException first = null;
    List<Runnable> steps =
        List.of(delivery::close, () -> stop(toolServer), lms::close, stores::close);
    for (Runnable step : steps) {
      try {
        step.run();
      } catch (RuntimeException e) {
        if (first == null) first = e;
      }
    }
    if (first != null) {
      throw first;
    }
  }

  private static void stop(Server server) {
    try {
      server.stop();
    } catch (Exception e) {
      throw new IllegalStateException("cannot stop the tool's server: " + e.getMessage(), e);
    }
  }
}
