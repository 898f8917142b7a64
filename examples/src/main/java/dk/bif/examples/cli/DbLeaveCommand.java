package dk.bif.examples.cli;

import dk.bif.core.people.Employee;
import dk.bif.core.people.LeavePeriod;
import dk.bif.examples.csv.CoordinatorRows;
import dk.bif.examples.csv.Read;
import dk.bif.examples.csv.RowError;
import dk.bif.examples.csv.RowProblem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code bif db leave <leave.csv>}: records periods of leave (parental, sickness, other); every
 * period moves the employee's due dates by its whole length. A period recorded again is not an
 * error; one that overlaps another, or starts before the hire date, is refused.
 */
@Command(name = "leave", mixinStandardHelpOptions = true)
final class DbLeaveCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "<leave.csv>", descriptionKey = "leave")
  Path file;

  @Mixin DbCommand.DataOption data;

  private final Cli cli;

  DbLeaveCommand(Cli cli) {
    this.cli = cli;
  }

  @Override
  public Integer call() {
    return data.withStores(
        cli,
        stores -> {
          Read<CoordinatorRows.Leave> read =
              Imports.read(cli, file, CoordinatorRows.Leave.COLUMNS, CoordinatorRows.Leave::read);
          List<RowError> refused = new ArrayList<>();
          int recorded = 0;
          int already = 0;
          for (CoordinatorRows.Leave row : read.values()) {
            try {
              Employee employee = Imports.employee(cli, stores, row.employee());
              LeavePeriod leave = row.leave();
              if (employee.leave().contains(leave)) {
                already++;
                continue;
              }
              Optional<LeavePeriod> clash =
                  employee.leave().stream()
                      .filter(
                          l ->
                              l.period()
                                      .daysWithin(
                                          leave.period().firstDay(), leave.period().lastDay())
                                  > 0)
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
                        "db.leave-before-hire",
                        leave.period().firstDay(),
                        employee.employment().hiredOn()));
              }
              employee.recordLeave(leave);
              stores.employees().save(employee);
              recorded++;
            } catch (RowProblem | IllegalArgumentException e) {
              refused.add(new RowError(row.line(), e.getMessage()));
            }
          }
          int code = Imports.report(cli, read, refused);
          cli.out()
              .println(
                  cli.text(
                      "db.leave", cli.words().number(recorded), file, cli.words().number(already)));
          return code;
        });
  }
}
