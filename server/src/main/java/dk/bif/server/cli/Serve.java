package dk.bif.server.cli;

import dk.bif.server.BifApplication;
import dk.bif.server.BifServer;
import dk.bif.server.config.ConfigException;
import dk.bif.server.config.ConfigProblem;
import dk.bif.server.config.ConfigReader;
import dk.bif.server.config.ConfigReport;
import dk.bif.server.observe.LogSetup;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What {@code bif serve [--config FILE] [--data DIR] [--check]} does: reads and checks the
 * configuration (every problem reported with its setting; the server does not start), prints it
 * with secrets masked for {@code --check}, else runs the server until Ctrl-C or SIGTERM, which stop
 * it gracefully.
 */
public final class Serve {

  private static final Logger LOG = LoggerFactory.getLogger("dk.bif.server");

  private Serve() {}

  /**
   * Runs the command.
   *
   * @param options the config file and data directory
   * @param check only check the configuration and print it
   * @param clock the time
   * @param out where {@code --check} prints
   * @param err where problems go
   * @param stopped the command returns when this opens (a test); Ctrl-C and SIGTERM end the process
   *     after the shutdown hook has stopped the server
   * @return 0 when stopped or checked, 1 when the configuration or the start failed
   */
  public static int run(
      ServerOptions options,
      boolean check,
      Clock clock,
      PrintWriter out,
      PrintWriter err,
      CountDownLatch stopped) {
    ConfigReader.Loaded loaded;
    try {
      loaded = options.load();
    } catch (ConfigException e) {
      err.println(
          "bif serve: "
              + (options.config().map(Object::toString).orElse("the configuration"))
              + " is not usable; the server does not start:");
      for (ConfigProblem p : e.problems()) err.println("  " + p);
      err.flush();
      return 1;
    }
    if (check) {
      String url = BifApplication.storeSettings(loaded.config(), options.data()).jdbcUrl();
      ConfigReport.lines(loaded, url).forEach(out::println);
      out.println("data directory: " + options.data().toAbsolutePath());
      out.flush();
      return 0;
    }
    LogSetup.apply(loaded.config().logging().format(), loaded.config().logging().level());
    BifServer server;
    try {
      server = BifServer.start(loaded.config(), options.data(), clock);
    } catch (RuntimeException e) {
      LOG.error("bif serve: cannot start: {}", e.getMessage());
      err.println("bif serve: cannot start: " + e.getMessage());
      err.flush();
      return 1;
    }
    LOG.atInfo()
        .addKeyValue("config", loaded.source())
        .addKeyValue(
            "database",
            ConfigReport.masked(server.application().stores().database().dialect().name()))
        .addKeyValue("keys", server.application().keys().source())
        .log(
            "bif serve: listening on {}, public URL {}; LMS login URL {}",
            server.localUrl(),
            server.application().publicUrl(),
            server.application().tool().loginUri());
    List<String> collectors = JvmReport.collectors();
    int processors = Runtime.getRuntime().availableProcessors();
    LOG.info(JvmReport.line(collectors, Runtime.getRuntime().maxMemory(), processors));
    CountDownLatch signalled = new CountDownLatch(1);
    boolean trapped = trap("TERM", signalled) & trap("INT", signalled);
    Thread hook = new Thread(server::close, "bif-serve-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    Thread waiter =
        new Thread(
            () -> {
              try {
                signalled.await();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              stopped.countDown();
            },
            "bif-serve-signals");
    waiter.setDaemon(true);
    waiter.start();
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      return 0; // the JVM is exiting and the hook stops the server
    }
    LOG.info("bif serve: stopping{}", trapped && signalled.getCount() == 0 ? " on a signal" : "");
    server.close();
    return 0;
  }

  /**
   * Turns SIGTERM and SIGINT into a stop on this thread rather than the JVM's shutdown, so that the
   * stop runs before the embedded database closes its file at the JVM's exit (H2's own shutdown
   * hook); where the JVM allows no signal handler, the shutdown hook stops the server instead.
   */
  private static boolean trap(String name, CountDownLatch signalled) {
    try {
      sun.misc.Signal.handle(new sun.misc.Signal(name), signal -> signalled.countDown());
      return true;
    } catch (IllegalArgumentException | UnsupportedOperationException | LinkageError e) {
      return false;
    }
  }
}
