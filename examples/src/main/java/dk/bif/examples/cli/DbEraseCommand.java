package dk.bif.examples.cli;

import dk.bif.core.people.EmployeeId;
import dk.bif.store.jdbc.ErasureReport;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code bif db erase <employee-id>}: erases one person (GDPR), keeping anonymous statistics. */
@Command(name = "erase", mixinStandardHelpOptions = true)
final class DbEraseCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "<employee-id>", descriptionKey = "employee")
  String employee;

  @Mixin DbCommand.DataOption data;

  private final Cli cli;

  DbEraseCommand(Cli cli) {
    this.cli = cli;
  }

  @Override
  public Integer call() {
    EmployeeId person = EmployeeId.of(employee.strip());
    return data.withStores(
        cli,
        stores -> {
          ErasureReport report = stores.personalData().erase(person);
          int deleted = report.rowsDeleted().values().stream().mapToInt(Integer::intValue).sum();
          cli.out()
              .println(
                  cli.text(
                      "db.erased",
                      person,
                      cli.words().number(deleted),
                      cli.words().number(report.examResultsKeptAnonymously()),
                      report.pseudonym()));
          return 0;
        });
  }
}
