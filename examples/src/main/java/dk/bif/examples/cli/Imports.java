package dk.bif.examples.cli;

import dk.bif.core.people.Employee;
import dk.bif.core.people.EmployeeId;
import dk.bif.examples.csv.CsvRow;
import dk.bif.examples.csv.CsvTable;
import dk.bif.examples.csv.Read;
import dk.bif.examples.csv.RowError;
import dk.bif.store.jdbc.Stores;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Reading a coordinator's file and reporting its problems, as every {@code bif db} import does. */
final class Imports {

  private Imports() {}

  /**
   * Reads a file's rows.
   *
   * @param cli the run
   * @param file the file
   * @param columns the columns its header must name
   * @param row reads one row
   * @return the good rows and the problems
   * @throws InputException when the file is missing, empty or lacks a column
   */
  static <T> Read<T> read(Cli cli, Path file, List<String> columns, Function<CsvRow, T> row) {
    try {
      return Read.of(CsvTable.read(file, cli.words()).require(columns), row);
    } catch (CsvTable.BadFileException e) {
      throw new InputException(file + ": " + e.getMessage());
    }
  }

  /**
   * Prints the file's problems and those met applying its rows, in line order.
   *
   * @param cli the run
   * @param read the file as read
   * @param applying the rows refused while applying them
   * @return the exit code: 0 when no row was refused, 1 otherwise
   */
  static int report(Cli cli, Read<?> read, List<RowError> applying) {
    List<RowError> all = new ArrayList<>(read.errors());
    all.addAll(applying);
    all.sort(Comparator.comparingLong(RowError::line));
    List<RowError> shown = new ArrayList<>(all);
    shown.addAll(read.notes());
    shown.sort(Comparator.comparingLong(RowError::line));
    shown.forEach(e -> cli.err().println(e.at(read.file())));
    return all.isEmpty() ? 0 : 1;
  }

  /**
   * The stored employee a row names.
   *
   * @param cli the run
   * @param stores the database
   * @param employee the id
   * @return the employee
   * @throws dk.bif.examples.csv.RowProblem when it is not stored
   */
  static Employee employee(Cli cli, Stores stores, EmployeeId employee) {
    Optional<Employee> found = stores.employees().find(employee);
    return found.orElseThrow(
        () ->
            new dk.bif.examples.csv.RowProblem(cli.text("db.unknown-employee", employee.value())));
  }
}
