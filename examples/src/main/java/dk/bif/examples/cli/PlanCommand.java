package dk.bif.examples.cli;

import dk.bif.core.enrolment.Progress;
import dk.bif.core.exam.ExamRecord;
import dk.bif.core.people.EmployeeId;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
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

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      converter = Converters.Date.class,
      descriptionKey = "date")
  Optional<LocalDate> date;

  private final Cli cli;

  PlanCommand(Cli cli) {
    this.cli = cli;
  }

  @Override
  public Integer call() {
    LocalDate asOf = date.orElse(cli.today());
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
    Read<SittingRow> read;
    try {
      read =
          Read.of(
              CsvTable.read(path, cli.words()).require(SittingRow.REQUIRED_COLUMNS),
              SittingRow::read);
    } catch (CsvTable.BadFileException e) {
      throw new InputException(path + ": " + e.getMessage());
    }
    Map<EmployeeId, EmployeeRow> byId = new HashMap<>();
    rows.forEach(r -> byId.put(r.employee().id(), r));
    List<SittingRow> known = new ArrayList<>();
    List<RowError> errors = new ArrayList<>(read.errors());
    for (int i = 0; i < read.values().size(); i++) {
      SittingRow s = read.values().get(i);
      if (byId.containsKey(s.employee())) {
        known.add(s);
      }
    }
    Map<String, ExamRecord> records = new HashMap<>();
    SittingBook.Result result =
        new SittingBook(cli.words())
            .record(
                known,
                s -> Optional.ofNullable(records.get(s.employee() + "\u0000" + s.part())),
                s -> dk.bif.core.admission.Level.KURSIST,
                r -> records.put(r.employee() + "\u0000" + r.part(), r));
    errors.addAll(result.errors());
    Map<EmployeeId, List<ExamRecord>> perEmployee = new HashMap<>();
    records
        .values()
        .forEach(r -> perEmployee.computeIfAbsent(r.employee(), e -> new ArrayList<>()).add(r));
    List<EmployeeRow> merged = new ArrayList<>();
    for (EmployeeRow row : rows) {
      Progress fromRecords = Progress.of(perEmployee.getOrDefault(row.employee().id(), List.of()));
      merged.add(new EmployeeRow(row.line(), row.employee(), row.progress().and(fromRecords)));
    }
    List<String> problems = new ArrayList<>();
    errors.stream()
        .sorted(java.util.Comparator.comparingLong(RowError::line))
        .forEach(e -> problems.add(e.at(path.toString())));
    read.notes().forEach(n -> problems.add(n.at(path.toString())));
    return new SittingsRead(merged, problems, errors.size());
  }
}
