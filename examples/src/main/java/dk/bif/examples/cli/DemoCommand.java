package dk.bif.examples.cli;

import dk.bif.examples.demo.DemoServer;
import dk.bif.examples.demo.DemoSettings;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bif demo [--data DIR] [--tool-port N] [--lms-port N]}: starts the demo (our LTI tool and a
 * small demo LMS on localhost, on the embedded H2 database in {@code ~/.bif/demo}), prints the URLs
 * to open and runs until Ctrl-C, which stops it cleanly; the next start keeps the data.
 */
@Command(name = "demo", mixinStandardHelpOptions = true)
final class DemoCommand implements Callable<Integer> {

  @Option(names = "--data", paramLabel = "DIR", descriptionKey = "demo-data")
  Optional<Path> data;

  @Option(
      names = "--tool-port",
      paramLabel = "N",
      converter = Port.class,
      descriptionKey = "tool-port")
  Optional<Integer> toolPort;

  @Option(
      names = "--lms-port",
      paramLabel = "N",
      converter = Port.class,
      descriptionKey = "lms-port")
  Optional<Integer> lmsPort;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private final Cli cli;
  private final CountDownLatch stopped;

  DemoCommand(Cli cli) {
    this(cli, new CountDownLatch(1));
  }

  /**
   * @param stopped the command returns when this opens; the JVM's shutdown (Ctrl-C) never opens it
   *     and simply ends the process after the shutdown hook closed the demo
   */
  DemoCommand(Cli cli, CountDownLatch stopped) {
    this.cli = cli;
    this.stopped = stopped;
  }

  /** A port number 0 … 65535. */
  static final class Port implements CommandLine.ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      try {
        int port = Integer.parseInt(value.strip());
        if (port >= 0 && port <= 65535) {
          return port;
        }
      } catch (NumberFormatException e) {
        // refused below
      }
      throw new CommandLine.TypeConversionException(
          "must be a port number 0..65535, was '" + value + "'");
    }
  }

  @Override
  public Integer call() {
    DemoSettings settings;
    try {
      settings =
          new DemoSettings(
              data.orElse(DemoSettings.defaultDirectory()),
              toolPort.orElse(DemoSettings.DEFAULT_TOOL_PORT),
              lmsPort.orElse(DemoSettings.DEFAULT_LMS_PORT),
              cli.clock());
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    cli.out().println(cli.text("demo.starting", settings.dataDirectory()));
    cli.out().flush();
    DemoServer demo;
    try {
      demo = DemoServer.start(settings);
    } catch (RuntimeException e) {
      throw new InputException(e.getMessage() + "\n" + "bif demo: " + hint(e.getMessage()));
    }
    Thread hook =
        new Thread(
            () -> {
              try {
                demo.close();
                cli.out().println(cli.text("demo.stopped", settings.dataDirectory()));
                cli.out().flush();
              } catch (RuntimeException e) {
                cli.err().println("bif demo: " + e.getMessage());
              }
            },
            "bif-demo-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    demo.instructions().forEach(cli.out()::println);
    cli.out().flush();
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    Runtime.getRuntime().removeShutdownHook(hook);
    demo.close();
    return 0;
  }

  private String hint(String problem) {
    String p = String.valueOf(problem);
    if (p.contains("already in use")) {
      return cli.text("demo.hint.in-use");
    }
    if (p.contains("bind")) {
      return cli.text("demo.hint.port");
    }
    return cli.text("demo.hint.unchanged");
  }
}
