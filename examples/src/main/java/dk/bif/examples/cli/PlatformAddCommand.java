package dk.bif.examples.cli;

import dk.bif.server.cli.Administration;
import dk.bif.server.platforms.PlatformForm;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bif platform add --issuer URL --client-id ID --deployment ID … --auth-url …}. */
@Command(
    name = "add",
    mixinStandardHelpOptions = true,
    description = "Registers a platform; every bad value is refused with its option named.")
final class PlatformAddCommand implements Callable<Integer> {
  @Mixin ServerOptionsMixin server = new ServerOptionsMixin();

  @Option(names = "--issuer", paramLabel = "URL", description = "the platform's issuer (iss)")
  String issuer;

  @Option(
      names = "--client-id",
      paramLabel = "ID",
      description = "the client id the LMS gave the tool")
  String clientId;

  @Option(
      names = "--deployment",
      paramLabel = "ID",
      description = "a deployment id (repeat for several)")
  List<String> deployments = List.of();

  @Option(names = "--auth-url", paramLabel = "URL", description = "the OIDC authorization endpoint")
  String authUrl;

  @Option(names = "--token-url", paramLabel = "URL", description = "the OAuth 2 token endpoint")
  String tokenUrl;

  @Option(names = "--jwks-url", paramLabel = "URL", description = "the platform's public key set")
  String jwksUrl;

  @Option(
      names = "--token-audience",
      paramLabel = "AUD",
      description = "the client assertions' audience when the LMS names one (Brightspace)")
  String tokenAudience;

  @Option(
      names = "--name",
      paramLabel = "NAME",
      description = "a name for people, e.g. 'KP itslearning'")
  String name;

  @Spec CommandSpec spec;

  private final Clock clock;
  private final Map<String, String> environment;

  PlatformAddCommand(Clock clock, Map<String, String> environment) {
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
        .addPlatform(
            new PlatformForm(
                issuer,
                clientId,
                deployments,
                authUrl,
                tokenUrl,
                jwksUrl,
                Optional.ofNullable(tokenAudience),
                Optional.ofNullable(name)));
  }
}
