package dk.bif.examples.cli;

import dk.bif.server.cli.PeopleAdministration;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code bif people waiting}. */
@Command(
    name = "waiting",
    mixinStandardHelpOptions = true,
    description =
        "Lists the people waiting to be linked, first seen first, with the employees they"
            + " probably are (by e-mail, then name).")
final class PeopleWaitingCommand implements Callable<Integer> {
  @Mixin ServerOptionsMixin server = new ServerOptionsMixin();
  @Spec CommandSpec spec;

  private final Clock clock;
  private final Map<String, String> environment;

  PeopleWaitingCommand(Clock clock, Map<String, String> environment) {
    this.clock = clock;
    this.environment = environment;
  }

  @Override
  public Integer call() {
    return new PeopleAdministration(
            server.options(environment),
            clock,
            spec.commandLine().getOut(),
            spec.commandLine().getErr())
        .waiting();
  }
}
