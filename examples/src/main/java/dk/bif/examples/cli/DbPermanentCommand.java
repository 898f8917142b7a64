package dk.bif.examples.cli;

import dk.bif.core.people.Employee;
import dk.bif.examples.csv.CoordinatorRows;
import dk.bif.examples.csv.Read;
import dk.bif.examples.csv.RowError;
import dk.bif.examples.csv.RowProblem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code bif db permanent <permanent.csv>}: records the day temporary employees were made permanent
 * (fastansat); Del 2 becomes mandatory from then. The same day recorded again is not an error;
 * another day for an employee already permanent is refused.
 */
@Command(name = "permanent", mixinStandardHelpOptions = true)
final class DbPermanentCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "<permanent.csv>", descriptionKey = "permanent")
  Path file;

  @Mixin DbCommand.DataOption data;

  private final Cli cli;

  DbPermanentCommand(Cli cli) {
    this.cli = cli;
  }

  @Override
  public Integer call() {
    return data.withStores(
        cli,
        stores -> {
          Read<CoordinatorRows.Permanent> read =
              Imports.read(
                  cli, file, CoordinatorRows.Permanent.COLUMNS, CoordinatorRows.Permanent::read);
          List<RowError> refused = new ArrayList<>();
          int recorded = 0;
          int already = 0;
          for (CoordinatorRows.Permanent row : read.values()) {
            try {
              Employee employee = Imports.employee(cli, stores, row.employee());
              var employment = employee.employment();
              if (employment.isPermanent()) {
                if (employment.permanentSince().orElseThrow().equals(row.since())) {
                  already++;
                  continue;
                }
                throw new RowProblem(
                    cli.text(
                        "db.already-permanent",
                        row.employee().value(),
                        employment.permanentSince().orElseThrow()));
              }
              if (row.since().isBefore(employment.hiredOn())) {
                throw new RowProblem(
                    cli.text("db.permanent-before-hire", row.since(), employment.hiredOn()));
              }
              employee.makePermanent(row.since());
              stores.employees().save(employee);
              recorded++;
            } catch (RowProblem | IllegalArgumentException | IllegalStateException e) {
              refused.add(new RowError(row.line(), e.getMessage()));
            }
          }
          int code = Imports.report(cli, read, refused);
          cli.out()
              .println(
                  cli.text(
                      "db.permanent",
                      cli.words().number(recorded),
                      file,
                      cli.words().number(already)));
          return code;
        });
  }
}
