package dk.bif.server;

import dk.bif.server.config.ServerConfig;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code bif serve}: the {@link BifApplication} on Jetty 12, bound to the configured address and
 * port, without a {@code Server} version header, with {@code Forwarded} / {@code X-Forwarded-*}
 * honoured only from the configured proxies. {@link #close} stops gracefully: readiness turns 503,
 * requests in flight drain (up to {@code server.shutdown-grace}), the delivery worker hands back
 * what it claimed, the pool closes. Thread-safe.
 */
public final class BifServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(BifServer.class);

  private final Server jetty;
  private final BifApplication app;
  private final URI localUrl;
  private final AtomicBoolean closed = new AtomicBoolean();

  private BifServer(Server jetty, BifApplication app, URI localUrl) {
    this.jetty = jetty;
    this.app = app;
    this.localUrl = localUrl;
  }

  /**
   * Starts the server.
   *
   * @param config the configuration, checked
   * @param data the data directory (the H2 file when no database is configured)
   * @param clock the time
   * @return the running server
   * @throws IllegalStateException naming what failed: the port, the database, the key file
   */
  public static BifServer start(ServerConfig config, Path data, Clock clock) {
    ServerConfig.Server s = config.server();
    QueuedThreadPool threads = new QueuedThreadPool();
    threads.setName("bif-http");
    // no reserved threads (Jetty's hand-over of the selector to a waiting thread): one A/B pair of
    // docs/performance.md gave 1.37 against 1.42 ms of CPU per launch, within the noise, no worse
    threads.setReservedThreads(0);
    Server jetty = new Server(threads);
    ServerConnector connector =
        new ServerConnector(jetty, new HttpConnectionFactory(httpConfiguration(s)));
    connector.setHost(s.bind());
    connector.setPort(s.port());
    jetty.addConnector(connector);
    jetty.setStopTimeout(s.shutdownGrace().toMillis());
    jetty.setStopAtShutdown(false);
    BifApplication app = null;
    try {
      try {
        connector.open();
      } catch (java.io.IOException e) {
        throw new IllegalStateException(
            "cannot listen on " + s.bind() + ":" + s.port() + ": " + e.getMessage(), e);
      }
      String host = s.bind().equals("0.0.0.0") || s.bind().equals("::") ? "127.0.0.1" : s.bind();
      URI local = URI.create("http://" + hostPart(host) + ":" + connector.getLocalPort());
      URI publicUrl = s.publicUrlSet().map(URI::create).orElse(local);
      app = BifApplication.open(config, data, publicUrl, clock);
      ServletContextHandler context = new ServletContextHandler();
      context.setContextPath("/");
      app.mount(context.getServletContext());
      jetty.setHandler(new GracefulHandler(context));
      jetty.start();
      app.start();
      return new BifServer(jetty, app, local);
    } catch (RuntimeException e) {
      stopQuietly(jetty, app);
      throw e;
    } catch (Exception e) {
      stopQuietly(jetty, app);
      throw new IllegalStateException("the server cannot start: " + e.getMessage(), e);
    }
  }

  /**
   * The HTTP settings: no {@code Server} or {@code X-Powered-By} header; forwarded headers from the
   * trusted proxies only.
   */
  static HttpConfiguration httpConfiguration(ServerConfig.Server s) {
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setSendXPoweredBy(false);
    // no per-connection cache of header fields: an LMS's browsers send a handful of requests per
    // connection, and building the cache (a trie of 1,024 entries per connection) was 14 % of the
    // memory a launch allocates (issue 15's profile) for no request it made faster
    http.setHeaderCacheSize(0);
    if (!s.trustedProxies().isEmpty()) http.addCustomizer(new TrustedProxies(s.trustedProxies()));
    return http;
  }

  private static String hostPart(String host) {
    return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
  }

  private static void stopQuietly(Server jetty, BifApplication app) {
    try {
      jetty.stop();
    } catch (Exception ignored) {
      // failing to start: the first failure is the one to report
    }
    if (app != null) {
      try {
        app.close();
      } catch (RuntimeException ignored) {
        // as above
      }
    }
  }

  /** Where this process listens, e.g. {@code http://127.0.0.1:8080}. */
  public URI localUrl() {
    return localUrl;
  }

  /** The application inside. */
  public BifApplication application() {
    return app;
  }

  /** Stops gracefully (see the class comment). Idempotent. */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) return;
    long started = System.nanoTime();
    app.stopping();
    try {
      jetty.stop();
    } catch (Exception e) {
      LOG.warn("stopping the HTTP server: " + e.getMessage(), e);
    } finally {
      app.close();
    }
    LOG.atInfo()
        .addKeyValue("duration_ms", (System.nanoTime() - started) / 1_000_000)
        .log("bif serve stopped: requests drained, grade leases released, pool closed");
  }
}
