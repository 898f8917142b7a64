package dk.bif.tool.assembly;

import dk.bif.core.application.Programme;
import dk.bif.lti.keys.RotatingToolKeys;
import dk.bif.lti.keys.ToolKeyFiles;
import dk.bif.lti.launch.LaunchPolicy;
import dk.bif.lti.registration.ClientId;
import dk.bif.lti.registration.DeploymentId;
import dk.bif.lti.registration.Issuer;
import dk.bif.lti.registration.PlatformKeySource;
import dk.bif.lti.registration.PlatformRegistration;
import dk.bif.lti.registration.RegistrationKey;
import dk.bif.lti.testing.Loopback;
import dk.bif.lti.testkit.ReferencePlatform;
import dk.bif.lti.testkit.ToolRegistration;
import java.net.URI;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Server;

/**
 * Test harness: the assembled {@link BifTool} on Jetty on loopback, registered with a reference
 * platform and the platform with it (client id and deployment as given), on the storage and
 * programme the test owns. Shipped in the tool's test-jar.
 *
 * <pre>{@code
 * try (LoopbackTool tool = LoopbackTool.start(lms, programme, storage, "bif-tool", "kp-1", b -> {})) {
 *   new LtiBrowser().launch(lms, "201", "rl-exam");
 * }
 * }</pre>
 */
public final class LoopbackTool implements AutoCloseable {
  private final Server server;
  private final URI base;
  private final BifTool bif;

  private LoopbackTool(Server server, URI base, BifTool bif) {
    this.server = server;
    this.base = base;
    this.bif = bif;
  }

  /**
   * Starts the tool (not its delivery worker: call {@code bif().start()} or drive {@code
   * bif().delivery().deliverDue()}).
   *
   * @param lms the platform, already started
   * @param programme the programme behind the tool
   * @param storage the tool's storage; the platform's registration is saved in it
   * @param clientId the tool's client id in the platform
   * @param deployment the deployment
   * @param customise further settings of the assembly (keys, page routes, clock...)
   * @return the running tool
   * @throws Exception when the server cannot start
   */
  public static LoopbackTool start(
      ReferencePlatform lms,
      Programme programme,
      ToolStorage storage,
      String clientId,
      String deployment,
      Consumer<BifTool.Builder> customise)
      throws Exception {
    ServletContextHandler context = new ServletContextHandler();
    context.setContextPath("/");
    Server server = Loopback.bound(context);
    URI base = Loopback.baseUrl(server);
    storage
        .registrations()
        .save(
            new PlatformRegistration(
                new RegistrationKey(Issuer.of(lms.issuer()), ClientId.of(clientId)),
                Set.of(DeploymentId.of(deployment)),
                lms.authorizationUri(),
                lms.tokenUri(),
                Optional.empty(),
                new PlatformKeySource.KeySetUrl(lms.jwksUri())));
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    BifTool.Builder builder =
        BifTool.builder()
            .programme(programme)
            .storage(storage)
            .baseUri(base)
            .sessionSecret(secret)
            // the reference platform's deep-linking return URL is http on 127.0.0.1
            .launchPolicy(LaunchPolicy.defaults().withHttpOnLoopback(true))
            .toolKeys(new RotatingToolKeys(ToolKeyFiles.generate("tool-1"), programme.clock()));
    customise.accept(builder);
    BifTool bif = builder.build();
    bif.mount(context.getServletContext());
    server.start();
    lms.register(ToolRegistration.forBifTool(clientId, deployment, base));
    return new LoopbackTool(server, base, bif);
  }

  /** The tool, as assembled. */
  public BifTool bif() {
    return bif;
  }

  /** The tool's base URL, e.g. {@code http://127.0.0.1:41234}. */
  public URI base() {
    return base;
  }

  /** The name of the server's thread pool, whose threads are named after it (load runs). */
  public String threadPool() {
    return ((org.eclipse.jetty.util.thread.QueuedThreadPool) server.getThreadPool()).getName();
  }

  /** Stops the tool's workers and the server. */
  @Override
  public void close() throws Exception {
    try {
      bif.close();
    } finally {
      server.stop();
    }
  }
}
