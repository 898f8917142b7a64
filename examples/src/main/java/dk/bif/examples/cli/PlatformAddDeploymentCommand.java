package dk.bif.examples.cli;

import dk.bif.server.cli.Administration;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bif platform add-deployment --issuer URL [--client-id ID] --deployment ID}. */
@Command(
    name = "add-deployment",
    mixinStandardHelpOptions = true,
    description =
        "Adds a deployment to a registered platform (Canvas sub-account, itslearning site).")
final class PlatformAddDeploymentCommand implements Callable<Integer> {
  @Mixin ServerOptionsMixin server = new ServerOptionsMixin();

  @Option(
      names = "--issuer",
      paramLabel = "URL",
      required = true,
      description = "the platform's issuer")
  String issuer;

  @Option(
      names = "--client-id",
      paramLabel = "ID",
      description = "the client id, when the issuer has several registrations")
  String clientId;

  @Option(
      names = "--deployment",
      paramLabel = "ID",
      required = true,
      description = "the new deployment id")
  String deployment;

  @Spec CommandSpec spec;

  private final Clock clock;
  private final Map<String, String> environment;

  PlatformAddDeploymentCommand(Clock clock, Map<String, String> environment) {
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
        .addDeployment(issuer, clientId, deployment);
  }
}
