package dk.bif.examples.cli;

import dk.bif.examples.demo.DemoServer;
import dk.bif.examples.demo.DemoSettings;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * {@code bif demo [--data DIR] [--tool-port N] [--lms-port N]}: starts the demo (our LTI tool and a
 * small demo LMS on localhost, on the embedded H2 database in {@code ~/.bif/demo}), prints the URLs
 * to open and runs until Ctrl-C, which stops it cleanly; the next start keeps the data.
 */
final class DemoCommand implements Subcommand {
  private static final String USAGE =
      "usage: bif demo [--data DIR] [--tool-port N] [--lms-port N]   (defaults: ~/.bif/demo, "
          + DemoSettings.DEFAULT_TOOL_PORT
          + ", "
          + DemoSettings.DEFAULT_LMS_PORT
          + ")";

  private final Clock clock;
  private final CountDownLatch stopped;

  DemoCommand(Clock clock) {
    this(clock, new CountDownLatch(1));
  }

  /**
   * @param stopped the command returns when this opens; the JVM's shutdown (Ctrl-C) never opens it
   *     and simply ends the process after the shutdown hook closed the demo
   */
  DemoCommand(Clock clock, CountDownLatch stopped) {
    this.clock = clock;
    this.stopped = stopped;
  }

  @Override
  public String name() {
    return "demo";
  }

  @Override
  public String summary() {
    return "start the LTI tool and a demo LMS on localhost (data kept between runs)";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) {
    DemoSettings settings;
    try {
      Arguments a = Arguments.parse(args, Set.of(), Set.of("data", "tool-port", "lms-port"));
      if (!a.positional().isEmpty()) {
        throw new Arguments.UsageException("unexpected argument '" + a.positional().get(0) + "'");
      }
      settings =
          new DemoSettings(
              a.option("data").map(Path::of).orElse(DemoSettings.defaultDirectory()),
              port(a, "tool-port", DemoSettings.DEFAULT_TOOL_PORT),
              port(a, "lms-port", DemoSettings.DEFAULT_LMS_PORT),
              clock);
    } catch (Arguments.UsageException | IllegalArgumentException e) {
      err.println("bif demo: " + e.getMessage());
      err.println(USAGE);
      return 2;
    }
    out.println("bif demo: starting, data in " + settings.dataDirectory() + " ...");
    out.flush();
    DemoServer demo;
    try {
      demo = DemoServer.start(settings);
    } catch (RuntimeException e) {
      err.println("bif demo: " + e.getMessage());
      err.println("bif demo: " + hint(e.getMessage()));
      return 1;
    }
    Thread hook =
        new Thread(
            () -> {
              try {
                demo.close();
                out.println("bif demo: stopped; data kept in " + settings.dataDirectory());
              } catch (RuntimeException e) {
                err.println("bif demo: stopping failed: " + e.getMessage());
              }
            },
            "bif-demo-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    demo.instructions().forEach(out::println);
    out.flush();
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    Runtime.getRuntime().removeShutdownHook(hook);
    demo.close();
    return 0;
  }

  private static String hint(String problem) {
    String p = String.valueOf(problem);
    if (p.contains("already in use")) {
      return "another demo uses this data directory: stop it, or give another --data DIR";
    }
    if (p.contains("bind")) {
      return "a port is taken: stop what uses it, or give --tool-port N and --lms-port N";
    }
    return "nothing was changed; the data directory is as it was";
  }

  private static int port(Arguments a, String name, int fallback) throws Arguments.UsageException {
    String value = a.option(name).orElse(null);
    if (value == null) {
      return fallback;
    }
    try {
      int port = Integer.parseInt(value);
      if (port < 0 || port > 65535) {
        throw new NumberFormatException();
      }
      return port;
    } catch (NumberFormatException e) {
      throw new Arguments.UsageException(
          "--" + name + " must be a port number 0..65535, was '" + value + "'");
    }
  }
}
