package dk.bif.server.war;

import dk.bif.server.BifApplication;
import dk.bif.server.config.ConfigException;
import dk.bif.server.config.ConfigReader;
import dk.bif.server.config.ServerConfig;
import dk.bif.server.observe.LogSetup;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the tool when the container starts the web application, and stops it (requests are already
 * drained by the container; the delivery worker hands back its grades; the pool closes) when the
 * container stops it. The config file is named by the context parameter or system property {@value
 * #CONFIG}, else the environment variable {@code BIF_CONFIG}; the data directory (for H2) by
 * {@value #DATA} or {@code BIF_DATA}. The container owns the address, the port, TLS and proxies
 * (Tomcat's {@code RemoteIpValve}), so {@code server.public-url} must be set and {@code
 * server.bind}, {@code server.port} and {@code server.trusted-proxies} are not used. The
 * application must be at the root context: the LMS is given {@code /lti/login} etc.
 */
public final class BifWebApp implements ServletContextListener {

  /** The context parameter or system property that names the config file. */
  public static final String CONFIG = "bif.config";

  /** The context parameter or system property that names the data directory. */
  public static final String DATA = "bif.data";

  private static final Logger LOG = LoggerFactory.getLogger(BifWebApp.class);

  private BifApplication app;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    ServletContext context = event.getServletContext();
    Map<String, String> env = System.getenv();
    Optional<Path> file =
        setting(context, CONFIG, env.get(ConfigReader.CONFIG_VARIABLE)).map(Path::of);
    Path data =
        setting(context, DATA, env.get("BIF_DATA"))
            .map(Path::of)
            .orElse(Path.of(System.getProperty("user.home"), ".bif", "data"));
    ServerConfig config;
    try {
      config = new ConfigReader(env).read(file).config();
    } catch (ConfigException e) {
      throw new IllegalStateException("bif: the configuration is not usable: " + e.getMessage());
    }
    if (!context.getContextPath().isEmpty()) {
      throw new IllegalStateException(
          "bif: deploy the tool at the root context (Tomcat: webapps/ROOT.war), not at "
              + context.getContextPath()
              + ": the LMS is given /lti/login, /lti/launch and /lti/jwks");
    }
    String publicUrl =
        config
            .server()
            .publicUrlSet()
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "bif: server.public-url is needed in a servlet container, e.g."
                            + " https://bif.kp.dk (the address the LMS reaches the container at)"));
    LogSetup.apply(config.logging().format(), config.logging().level());
    app = BifApplication.open(config, data, URI.create(publicUrl), Clock.systemUTC());
    app.mount(context);
    app.start();
    LOG.atInfo()
        .addKeyValue("config", file.map(Path::toString).orElse("(no config file)"))
        .log("bif started in {}; public URL {}", context.getServerInfo(), publicUrl);
  }

  private static Optional<String> setting(ServletContext context, String name, String fallback) {
    return Optional.ofNullable(context.getInitParameter(name))
        .or(() -> Optional.ofNullable(System.getProperty(name)))
        .or(() -> Optional.ofNullable(fallback))
        .filter(s -> !s.isBlank());
  }

  @Override
  public void contextDestroyed(ServletContextEvent event) {
    if (app != null) {
      app.stopping();
      app.close();
      LOG.info("bif stopped: grade leases released, pool closed");
    }
  }
}
