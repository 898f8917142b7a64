package dk.bif.examples.cli;

import dk.bif.examples.csv.CsvTable;
import dk.bif.examples.csv.EmployeeCsvReader;
import dk.bif.examples.csv.EmployeeFile;
import dk.bif.examples.csv.EmployeeRow;
import dk.bif.examples.csv.Read;
import dk.bif.examples.csv.RowError;
import dk.bif.examples.csv.SittingRow;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bif plan <employees.csv> [--sittings exam-sittings.csv] [--json] [--date YYYY-MM-DD]}:
 * every employee of a staff register with the status of every part (done, due, overdue, not yet
 * eligible, not required, on leave, all attempts used) and its reason, and the admission level with
 * its reason; then the cohorts planned for those due. Bad rows are reported as {@code file:line:
 * reason} on standard error and every good row is planned. Exit code 0 when every row was read, 1
 * when some row (or the file) was bad, 2 for a usage error.
 */
@Command(name = "plan", mixinStandardHelpOptions = true)
final class PlanCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "<employees.csv>", descriptionKey = "employees")
  Path file;

  @Option(names = "--sittings", paramLabel = "<exam-sittings.csv>", descriptionKey = "sittings")
  Optional<Path> sittings;

  @Option(names = "--json", descriptionKey = "json")
  boolean json;

  @Mixin Options.AsOf when;

  private final Cli cli;

  PlanCommand(Cli cli) {
    this.cli = cli;
  }

  @Override
  public Integer call() {
    LocalDate asOf = when.day(cli);
    EmployeeFile read;
    try {
      read = new EmployeeCsvReader(cli.words()).read(CsvTable.read(file, cli.words()), id -> false);
    } catch (CsvTable.BadFileException e) {
      throw new InputException(file + ": " + e.getMessage());
    }
    List<String> problems = new ArrayList<>();
    read.errors().forEach(e -> problems.add(e.at(file.toString())));
    read.notes().forEach(n -> problems.add(n.at(file.toString())));
    List<EmployeeRow> rows = read.rows();
    int errors = read.errors().size();
    if (sittings.isPresent()) {
      SittingsRead withSittings = withSittings(rows, sittings.get());
      rows = withSittings.rows();
      problems.addAll(withSittings.problems());
      errors += withSittings.errors();
    }
    problems.forEach(cli.err()::println);
    PlanReport report = new StaffPlan(cli.words()).plan(file.toString(), rows, problems, asOf);
    if (json) {
      PlanText.json(report, cli.out());
    } else {
      PlanText.text(report, cli.words(), cli.out());
    }
    return errors == 0 ? 0 : 1;
  }

  private record SittingsRead(List<EmployeeRow> rows, List<String> problems, int errors) {}

  /** The employees with what the exam records add: passes, and the attempts used. */
  private SittingsRead withSittings(List<EmployeeRow> rows, Path path) {
    Read<SittingRow> read = ProgrammeRecords.sittings(cli, path);
    List<RowError> refused = new ArrayList<>();
    List<EmployeeRow> merged =
        new SittingBook(cli.words()).withSittings(rows, read.values(), refused);
    List<RowError> errors = new ArrayList<>(read.errors());
    errors.addAll(refused);
    List<RowError> all = new ArrayList<>(errors);
    all.addAll(read.notes());
    all.sort(java.util.Comparator.comparingLong(RowError::line));
    return new SittingsRead(
        merged, all.stream().map(e -> e.at(path.toString())).toList(), errors.size());
  }
}
