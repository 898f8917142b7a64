package dk.bif.examples.cli;

import dk.bif.server.cli.Administration;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code bif keys list}. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = "Lists the tool's keys: which signs, which are published next or still.")
final class KeysListCommand implements Callable<Integer> {
  @Mixin ServerOptionsMixin server = new ServerOptionsMixin();
  @Spec CommandSpec spec;

  private final Clock clock;
  private final Map<String, String> environment;

  KeysListCommand(Clock clock, Map<String, String> environment) {
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
        .listKeys();
  }
}
