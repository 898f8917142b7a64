package dk.bif.examples.cli;

import dk.bif.core.people.Employee;
import dk.bif.examples.csv.CoordinatorRows;
import dk.bif.examples.csv.CsvRow;
import dk.bif.examples.csv.RowProblem;
import dk.bif.store.jdbc.Stores;
import java.util.List;
import picocli.CommandLine.Command;

/**
 * {@code bif db permanent <permanent.csv>}: records the day temporary employees were made permanent
 * (fastansat); Del 2 becomes mandatory from then. The same day recorded again is not an error;
 * another day for an employee already permanent is refused.
 */
@Command(name = "permanent", mixinStandardHelpOptions = true)
final class DbPermanentCommand extends DbFileImport<CoordinatorRows.Permanent> {

  DbPermanentCommand(Cli cli) {
    super(cli);
  }

  @Override
  List<String> columns() {
    return CoordinatorRows.Permanent.COLUMNS;
  }

  @Override
  CoordinatorRows.Permanent read(CsvRow row) {
    return CoordinatorRows.Permanent.read(row);
  }

  @Override
  long line(CoordinatorRows.Permanent row) {
    return row.line();
  }

  @Override
  Applied apply(Stores stores, CoordinatorRows.Permanent row) {
    Employee employee = Imports.employee(cli, stores, row.employee());
    var employment = employee.employment();
    if (employment.isPermanent()) {
      if (employment.permanentSince().orElseThrow().equals(row.since())) {
        return Applied.ALREADY;
      }
      throw new RowProblem(
          cli.text(
              "db.already-permanent",
              row.employee().value(),
              employment.permanentSince().orElseThrow()));
    }
    if (row.since().isBefore(employment.hiredOn())) {
      throw new RowProblem(cli.text("db.permanent-before-hire", row.since(), employment.hiredOn()));
    }
    employee.makePermanent(row.since());
    stores.employees().save(employee);
    return Applied.RECORDED;
  }

  @Override
  String done(int recorded, int already) {
    return cli.text(
        "db.permanent", cli.words().number(recorded), file, cli.words().number(already));
  }
}
