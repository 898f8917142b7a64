package dk.bif.examples.cli;

import dk.bif.server.cli.PeopleAdministration;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bif people forget LMS-USER [--issuer URL] [--client-id ID]}. */
@Command(
    name = "forget",
    mixinStandardHelpOptions = true,
    description =
        "Removes a waiting person from the list with what it kept of them (name, e-mail).")
final class PeopleForgetCommand implements Callable<Integer> {
  @Mixin ServerOptionsMixin server = new ServerOptionsMixin();

  @Parameters(index = "0", paramLabel = "LMS-USER", description = "the LMS user id (sub)")
  String lmsUser;

  @Mixin WaitingAccountOptions account = new WaitingAccountOptions();

  @Spec CommandSpec spec;

  private final Clock clock;
  private final Map<String, String> environment;

  PeopleForgetCommand(Clock clock, Map<String, String> environment) {
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
        .forget(lmsUser, account.issuer, account.clientId);
  }
}
