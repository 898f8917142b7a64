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

/** {@code bif platform invite [--name NAME] [--expires 24h] [--link-by-id-number]}. */
@Command(
    name = "invite",
    mixinStandardHelpOptions = true,
    description =
        "Makes a single-use LTI Dynamic Registration link for the LMS administrator to paste into"
            + " the LMS (Moodle 4.x 'Tool URL', Brightspace, Canvas where offered); the LMS and"
            + " the tool then register each other.")
final class PlatformInviteCommand implements Callable<Integer> {
  @Mixin ServerOptionsMixin server = new ServerOptionsMixin();

  @Option(
      names = "--name",
      paramLabel = "NAME",
      description = "a name for people, e.g. 'KP Moodle' (default: the LMS product and host)")
  String name;

  @Option(
      names = "--expires",
      paramLabel = "DURATION",
      description = "how long the link works, e.g. 1h, 24h (default), 7d; at most 30d")
  String expires;

  @Option(
      names = "--link-by-id-number",
      description =
          "the LMS users' ID number is their staff number: ask the LMS to send"
              + " bif_employee=$Person.sourcedId")
  boolean linkByIdNumber;

  @Spec CommandSpec spec;

  private final Clock clock;
  private final Map<String, String> environment;

  PlatformInviteCommand(Clock clock, Map<String, String> environment) {
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
        .invitePlatform(name, expires, linkByIdNumber);
  }
}
