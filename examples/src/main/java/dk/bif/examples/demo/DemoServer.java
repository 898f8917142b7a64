package dk.bif.examples.demo;

import dk.bif.core.application.Programme;
import dk.bif.core.competence.BifFramework;
import dk.bif.credentials.CredentialIssuer;
import dk.bif.credentials.IssuerProfile;
import dk.bif.lti.keys.RotatingToolKeys;
import dk.bif.lti.keys.ToolKeyFiles;
import dk.bif.lti.launch.LaunchPolicy;
import dk.bif.lti.registration.ClientId;
import dk.bif.lti.registration.DeploymentId;
import dk.bif.lti.registration.Issuer;
import dk.bif.lti.registration.PlatformKeySource;
import dk.bif.lti.registration.PlatformRegistration;
import dk.bif.lti.registration.RegistrationKey;
import dk.bif.lti.servlet.LtiServlets;
import dk.bif.lti.testkit.HttpConnectors;
import dk.bif.lti.testkit.PlatformUser;
import dk.bif.lti.testkit.Profile;
import dk.bif.lti.testkit.ReferencePlatform;
import dk.bif.lti.testkit.ToolRegistration;
import dk.bif.store.jdbc.StoreSettings;
import dk.bif.store.jdbc.tool.ToolStores;
import dk.bif.tool.assembly.BifTool;
import dk.bif.tool.grades.GradeDelivery;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

  /** The demo's signing key in the database (the name the first demo gave it). */
  private static final String TOOL_KEY = "demo-tool-signing";

  private final ToolStores stores;
  private final Programme programme;
  private final ReferencePlatform lms;
  private final Server toolServer;
  private final URI toolUri;
  private final BifTool tool;
  private final boolean seeded;
  private final AtomicBoolean closed = new AtomicBoolean();

  private DemoServer(Parts p) {
    this.stores = p.stores;
    this.programme = p.programme;
    this.lms = p.lms;
    this.toolServer = p.toolServer;
    this.toolUri = p.toolUri;
    this.tool = p.tool;
    this.seeded = p.seeded;
  }

  /** What {@link #start} has opened so far, to close on a failed start. */
  private static final class Parts {
    ToolStores stores;
    Programme programme;
    ReferencePlatform lms;
    Server toolServer;
    URI toolUri;
    BifTool tool;
    boolean seeded;

    void closeQuietly() {
      List<Runnable> steps = new ArrayList<>();
      if (tool != null) steps.add(tool::close);
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
      p.stores = ToolStores.open(StoreSettings.embedded(data), clock);
      p.programme = new Programme(p.stores.core(), clock);
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
              .host(settings.lmsHost())
              // the course page frames the tool and answers its storage messages
              .storageTarget("_parent")
              .stateFile(data.resolve(LMS_STATE_FILE))
              .page("", DemoLmsPages::new)
              .page(DemoLmsPages.PREFIX + "/*", DemoLmsPages::new)
              .coursePage(DemoLmsPages::coursePage)
              .start();

      p.toolServer = new Server();
      ServerConnector connector =
          HttpConnectors.connector(p.toolServer, "127.0.0.1", settings.toolPort());
      connector.open();
      p.toolUri = URI.create("http://127.0.0.1:" + connector.getLocalPort());

      // each side learns the other's URLs again at every start: the ports may have changed
      RegistrationKey platform = new RegistrationKey(Issuer.of(LMS_ISSUER), ClientId.of(CLIENT_ID));
      p.stores
          .registrations()
          .save(
              new PlatformRegistration(
                  platform,
                  Set.of(DeploymentId.of(DEPLOYMENT_ID)),
                  p.lms.authorizationUri(),
                  p.lms.tokenUri(),
                  Optional.empty(),
                  new PlatformKeySource.KeySetUrl(p.lms.jwksUri())));
      p.lms.register(ToolRegistration.forBifTool(CLIENT_ID, DEPLOYMENT_ID, p.toolUri));

      p.tool =
          BifTool.builder()
              .programme(p.programme)
              .storage(p.stores)
              .baseUri(p.toolUri)
              .sessionSecret(DemoPages.secret(data))
              .toolKeys(keys)
              .clock(clock)
              .credentials(
                  CredentialIssuer.standard(
                      IssuerProfile.kp(p.toolUri.toString()),
                      p.stores.credentials(),
                      BifFramework.fagligheder2017(),
                      clock))
              // the demo LMS is plain http on 127.0.0.1: its deep-linking return URL too
              .launchPolicy(LaunchPolicy.defaults().withHttpOnLoopback(true))
              .build();
      ServletContextHandler context = new ServletContextHandler();
      context.setContextPath("/");
      p.toolServer.setHandler(context);
      ServletContext servlets = context.getServletContext();
      p.tool.mount(servlets);
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
      p.tool.start();
      return new DemoServer(p);
    } catch (IOException e) {
      p.closeQuietly();
      throw new UncheckedIOException("the demo cannot start: " + e.getMessage(), e);
    } catch (Exception e) {
      p.closeQuietly();
      throw new IllegalStateException("the demo cannot start: " + e.getMessage(), e);
    }
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
    return URI.create(
        lms.baseUri() + DemoLmsPages.PREFIX + "/home?user=" + DemoLmsPages.query(sub));
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
            + DemoLmsPages.query(courseId)
            + "?user="
            + DemoLmsPages.query(sub));
  }

  /** The demo LMS (the reference platform), for tests and the activity pages' wiring. */
  public ReferencePlatform lms() {
    return lms;
  }

  /** The core's services on the demo's database. */
  public Programme programme() {
    return programme;
  }

  /** Every JDBC store on the demo's database. */
  public ToolStores stores() {
    return stores;
  }

  /** The tool, as assembled. */
  public BifTool tool() {
    return tool;
  }

  /** The grade delivery worker. */
  public GradeDelivery delivery() {
    return tool.delivery();
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
    List<Runnable> steps = List.of(tool::close, () -> stop(toolServer), lms::close, stores::close);
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
