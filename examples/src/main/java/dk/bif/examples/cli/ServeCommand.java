package dk.bif.examples.cli;

import dk.bif.server.cli.Serve;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bif serve [--config FILE] [--data DIR] [--check]}: the production tool. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the LTI tool for your LMS: the LTI endpoints, the activity pages, deep linking, grade"
          + " delivery, roster sync, the admin pages, /health and /metrics.",
      "Without a config file: H2 under the data directory, 127.0.0.1:8080, a tool key kept in the"
          + " database. Ctrl-C or SIGTERM stops it gracefully."
    })
final class ServeCommand implements Callable<Integer> {
  @Mixin ServerOptionsMixin server = new ServerOptionsMixin();

  @Option(
      names = "--check",
      description =
          "check the configuration and print what the server would run with (secrets masked)")
  boolean check;

  @Spec CommandSpec spec;

  private final Clock clock;
  private final Map<String, String> environment;
  private final CountDownLatch stopped;

  ServeCommand(Clock clock, Map<String, String> environment, CountDownLatch stopped) {
    this.clock = clock;
    this.environment = environment;
    this.stopped = stopped;
  }

  @Override
  public Integer call() {
    return Serve.run(
        server.options(environment),
        check,
        clock,
        spec.commandLine().getOut(),
        spec.commandLine().getErr(),
        stopped);
  }
}
