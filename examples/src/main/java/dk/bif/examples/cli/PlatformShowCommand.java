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

/** {@code bif platform show ISSUER [CLIENT]}. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Shows one platform.")
final class PlatformShowCommand implements Callable<Integer> {
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

  PlatformShowCommand(Clock clock, Map<String, String> environment) {
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
        .showPlatform(issuer, clientId);
  }
}
