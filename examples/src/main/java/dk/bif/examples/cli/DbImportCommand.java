package dk.bif.examples.cli;

import dk.bif.core.people.Employee;
import dk.bif.core.people.EmployeeId;
import dk.bif.core.people.LeavePeriod;
import dk.bif.examples.csv.CsvTable;
import dk.bif.examples.csv.EmployeeCsvReader;
import dk.bif.examples.csv.EmployeeFile;
import dk.bif.examples.csv.RowError;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code bif db import <employees.csv>}: stores every good row of a staff register (employee and
 * completed parts), replacing earlier imports of the same employees. What the coordinator recorded
 * on the database since (leave, prior-learning assessment, the day an employee was made permanent)
 * is kept when the register does not say it.
 */
@Command(name = "import", mixinStandardHelpOptions = true)
final class DbImportCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "<employees.csv>", descriptionKey = "employees")
  Path file;

  @Mixin DbCommand.DataOption data;

  private final Cli cli;

  DbImportCommand(Cli cli) {
    this.cli = cli;
  }

  @Override
  public Integer call() {
    return data.withStores(
        cli,
        stores -> {
          Set<EmployeeId> stored = new HashSet<>();
          stores.employees().all().forEach(e -> stored.add(e.id()));
          EmployeeFile read;
          try {
            read =
                new EmployeeCsvReader(cli.words())
                    .read(CsvTable.read(file, cli.words()), stored::contains);
          } catch (CsvTable.BadFileException e) {
            throw new InputException(file + ": " + e.getMessage());
          }
          List<RowError> problems = new java.util.ArrayList<>(read.errors());
          problems.addAll(read.notes());
          problems.sort(java.util.Comparator.comparingLong(RowError::line));
          problems.forEach(e -> cli.err().println(e.at(file.toString())));
          var employees = stores.employees();
          var completions = stores.completions();
          stores
              .database()
              .inTransaction(
                  () ->
                      read.rows()
                          .forEach(
                              row -> {
                                Employee employee = row.employee();
                                employees
                                    .find(employee.id())
                                    .ifPresent(kept -> keep(kept, employee));
                                employees.save(employee);
                                completions.replace(employee.id(), row.progress());
                              }));
          cli.out().println(cli.text("db.imported", cli.words().number(read.rows().size()), file));
          return read.errors().isEmpty() ? 0 : 1;
        });
  }

  /** Carries over to the register's row what only the database knows. */
  private static void keep(Employee kept, Employee fromRegister) {
    for (LeavePeriod leave : kept.leave()) {
      boolean clashes =
          fromRegister.leave().stream()
              .anyMatch(
                  l ->
                      l.period().daysWithin(leave.period().firstDay(), leave.period().lastDay())
                          > 0);
      if (!clashes && !leave.period().firstDay().isBefore(fromRegister.employment().hiredOn())) {
        fromRegister.recordLeave(leave);
      }
    }
    if (fromRegister.priorLearningAssessment().isEmpty()) {
      kept.priorLearningAssessment().ifPresent(fromRegister::recordPriorLearningAssessment);
    }
    Optional<java.time.LocalDate> permanent = kept.employment().permanentSince();
    if (!fromRegister.employment().isPermanent()
        && permanent.isPresent()
        && !permanent.get().isBefore(fromRegister.employment().hiredOn())) {
      fromRegister.makePermanent(permanent.get());
    }
  }
}
