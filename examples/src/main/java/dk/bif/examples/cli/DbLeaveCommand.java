package dk.bif.examples.cli;

import dk.bif.core.people.Employee;
import dk.bif.core.people.LeavePeriod;
import dk.bif.examples.csv.CoordinatorRows;
import dk.bif.examples.csv.CsvRow;
import dk.bif.examples.csv.RowProblem;
import dk.bif.store.jdbc.Stores;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;

/**
 * {@code bif db leave <leave.csv>}: records periods of leave (parental, sickness, other); every
 * period moves the employee's due dates by its whole length. A period recorded again is not an
 * error; one that overlaps another, or starts before the hire date, is refused.
 */
@Command(name = "leave", mixinStandardHelpOptions = true)
final class DbLeaveCommand extends DbFileImport<CoordinatorRows.Leave> {

  DbLeaveCommand(Cli cli) {
    super(cli);
  }

  @Override
  List<String> columns() {
    return CoordinatorRows.Leave.COLUMNS;
  }

  @Override
  CoordinatorRows.Leave read(CsvRow row) {
    return CoordinatorRows.Leave.read(row);
  }

  @Override
  long line(CoordinatorRows.Leave row) {
    return row.line();
  }

  @Override
  Applied apply(Stores stores, CoordinatorRows.Leave row) {
    Employee employee = Imports.employee(cli, stores, row.employee());
    LeavePeriod leave = row.leave();
    if (employee.leave().contains(leave)) {
      return Applied.ALREADY;
    }
    Optional<LeavePeriod> clash =
        employee.leave().stream()
            .filter(
                l -> l.period().daysWithin(leave.period().firstDay(), leave.period().lastDay()) > 0)
            .findFirst();
    if (clash.isPresent()) {
      throw new RowProblem(
          cli.text(
              "db.leave-overlaps",
              leave.period().firstDay(),
              leave.period().lastDay(),
              clash.get().period().firstDay(),
              clash.get().period().lastDay()));
    }
    if (leave.period().firstDay().isBefore(employee.employment().hiredOn())) {
      throw new RowProblem(
          cli.text(
              "db.leave-before-hire", leave.period().firstDay(), employee.employment().hiredOn()));
    }
    employee.recordLeave(leave);
    stores.employees().save(employee);
    return Applied.RECORDED;
  }

  @Override
  String done(int recorded, int already) {
    return cli.text("db.leave", cli.words().number(recorded), file, cli.words().number(already));
  }
}
