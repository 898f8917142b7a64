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

/** {@code bif people link LMS-USER EMPLOYEE [--issuer URL] [--client-id ID]}. */
@Command(
    name = "link",
    mixinStandardHelpOptions = true,
    description =
        "Links a waiting LMS user to an employee of the staff register. Refused, with the reason,"
            + " for an account that launched as instructor or administrator, a leader and an"
            + " employee who is no leader, and an employee linked to another LMS user.")
final class PeopleLinkCommand implements Callable<Integer> {
  @Mixin ServerOptionsMixin server = new ServerOptionsMixin();

  @Parameters(index = "0", paramLabel = "LMS-USER", description = "the LMS user id (sub)")
  String lmsUser;

  @Parameters(index = "1", paramLabel = "EMPLOYEE", description = "the staff number")
  String employee;

  @Mixin WaitingAccountOptions account = new WaitingAccountOptions();

  @Spec CommandSpec spec;

  private final Clock clock;
  private final Map<String, String> environment;

  PeopleLinkCommand(Clock clock, Map<String, String> environment) {
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
        .link(lmsUser, employee, account.issuer, account.clientId);
  }
}
