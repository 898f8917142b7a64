package dk.bif.examples.cli;

import dk.bif.server.cli.Administration;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code bif keys rotate}. */
@Command(
    name = "rotate",
    mixinStandardHelpOptions = true,
    description =
        "Publishes the next key now; it signs in 15 minutes, the old one stays published an hour more.")
final class KeysRotateCommand implements Callable<Integer> {
  @Mixin ServerOptionsMixin server = new ServerOptionsMixin();
  @Spec CommandSpec spec;

  private final Clock clock;
  private final Map<String, String> environment;

  KeysRotateCommand(Clock clock, Map<String, String> environment) {
    this.clock = clock;
    this.environment = environment;
  }

  @Override
  public Integer call() {
    return new Administration(
            server.options(environment),
            clock,
            spec.commandLine().getOut(),
            spec.commandLine().getErr())
        .rotateKeys();
  }
}
