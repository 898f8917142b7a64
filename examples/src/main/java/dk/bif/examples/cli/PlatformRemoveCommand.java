package dk.bif.examples.cli;

import dk.bif.server.cli.Administration;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bif platform remove ISSUER [CLIENT]}. */
@Command(
    name = "remove",
    mixinStandardHelpOptions = true,
    description = "Removes a platform: its logins and launches are refused from then on.")
final class PlatformRemoveCommand implements Callable<Integer> {
  @Mixin ServerOptionsMixin server = new ServerOptionsMixin();

  @Parameters(index = "0", paramLabel = "ISSUER", description = "the platform's issuer")
  String issuer;

  @Parameters(
      index = "1",
      arity = "0..1",
      paramLabel = "CLIENT",
      description = "the client id, when the issuer has several registrations")
  String clientId;

  @Spec CommandSpec spec;

  private final Clock clock;
  private final Map<String, String> environment;

  PlatformRemoveCommand(Clock clock, Map<String, String> environment) {
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
        .removePlatform(issuer, clientId);
  }
}
