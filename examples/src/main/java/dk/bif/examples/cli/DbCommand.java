package dk.bif.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dk.bif.core.people.Employee;
import dk.bif.core.people.EmployeeId;
import dk.bif.examples.csv.EmployeeCsvReader;
import dk.bif.examples.csv.EmployeeFile;
import dk.bif.examples.csv.EmployeeRow;
import dk.bif.examples.csv.RowError;
import dk.bif.store.jdbc.ErasureReport;
import dk.bif.store.jdbc.StoreSettings;
import dk.bif.store.jdbc.Stores;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * {@code bif db <import|plan|erase|info> ...}: the command line on a database that keeps its data
 * between runs. By default an embedded H2 database under {@code ~/.bif/data} (or {@code --data
 * DIR}); PostgreSQL when {@code BIF_DB_URL}, {@code BIF_DB_USER} and {@code BIF_DB_PASSWORD} are
 * set, or {@code BIF_DB_CONFIG} names a properties file.
 *
 * <ul>
 *   <li>{@code bif db import <employees.csv>}: stores every good row (employee and completed
 *       parts), replacing earlier imports of the same employees;
 *   <li>{@code bif db plan [--json] [--date YYYY-MM-DD]}: plans due parts and cohorts for the
 *       stored employees, as {@code bif plan} does for a CSV file;
 *   <li>{@code bif db erase <employee-id>}: erases one person (GDPR), keeping anonymous statistics;
 *   <li>{@code bif db info}: where the database is and how many employees it holds.
 * </ul>
 */
final class DbCommand implements Subcommand {
  private static final String USAGE =
      "usage: bif db import <employees.csv> | plan [--json] [--date YYYY-MM-DD] | erase <employee-id>"
          + " | info   [--data DIR]";

  /** Kept so that the level set on it stays (JUL holds loggers weakly). */
  private static final java.util.logging.Logger FLYWAY_LOG =
      java.util.logging.Logger.getLogger("org.flywaydb");

  static {
    // the command line reports what it did itself; the libraries' INFO lines are noise here (the
    // SLF4J ones are kept at WARN by the jar's logback.xml)
    FLYWAY_LOG.setLevel(java.util.logging.Level.WARNING);
  }

  private final Clock clock;
  private final Map<String, String> environment;

  DbCommand(Clock clock) {
    this(clock, System.getenv());
  }

  DbCommand(Clock clock, Map<String, String> environment) {
    this.clock = clock;
    this.environment = environment;
  }

  @Override
  public String name() {
    return "db";
  }

  @Override
  public String summary() {
    return "import employees into the database, plan, erase a person (data kept between runs)";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) {
    Arguments a;
    try {
      a = Arguments.parse(args, Set.of("json"), Set.of("data", "date"));
    } catch (Arguments.UsageException e) {
      return usage(err, e.getMessage());
    }
    if (a.positional().isEmpty()) {
      return usage(err, "say what to do: import, plan, erase or info");
    }
    String verb = a.positional().get(0);
    List<String> rest = a.positional().subList(1, a.positional().size());
    StoreSettings settings;
    try {
      settings =
          Stores.settingsFrom(
              environment, a.option("data").map(Path::of).orElse(StoreSettings.defaultDirectory()));
    } catch (IOException | IllegalArgumentException e) {
      err.println("bif db: " + e.getMessage());
      return 1;
    }
    Function<Stores, Integer> action;
    switch (verb) {
      case "import" -> {
        if (rest.size() != 1) return usage(err, "import needs one employees CSV file");
        action = stores -> importFile(stores, Path.of(rest.get(0)), out, err);
      }
      case "plan" -> {
        LocalDate asOf;
        try {
          asOf = a.option("date").map(LocalDate::parse).orElse(LocalDate.now(clock));
        } catch (DateTimeParseException e) {
          return usage(
              err, "--date '" + a.option("date").orElse("") + "' is not a date (YYYY-MM-DD)");
        }
        action = stores -> plan(stores, settings, asOf, a.flag("json"), out);
      }
      case "erase" -> {
        if (rest.size() != 1) return usage(err, "erase needs one employee id");
        action = stores -> erase(stores, EmployeeId.of(rest.get(0)), out);
      }
      case "info" ->
          action =
              stores -> {
                out.println("database: " + settings.jdbcUrl());
                out.println("employees: " + stores.employees().all().size());
                return 0;
              };
      default -> {
        return usage(err, "unknown action '" + verb + "'");
      }
    }
    try (Stores stores = Stores.open(settings, clock)) {
      return action.apply(stores);
    } catch (RuntimeException e) {
      err.println("bif db: the database at " + settings.jdbcUrl() + " failed: " + e.getMessage());
      return 1;
    }
  }

  private int importFile(Stores stores, Path file, PrintStream out, PrintStream err) {
    EmployeeFile read;
    try (Reader csv = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      read = new EmployeeCsvReader().read(csv);
    } catch (NoSuchFileException e) {
      err.println("bif db import: cannot read '" + file + "': no such file");
      return 1;
    } catch (IOException e) {
      err.println("bif db import: cannot read '" + file + "': " + e.getMessage());
      return 1;
    } catch (EmployeeCsvReader.BadFileException e) {
      err.println("bif db import: " + file + ": " + e.getMessage());
      return 1;
    }
    for (RowError error : read.errors()) {
      err.println("bif db import: " + file + ":" + error.line() + ": " + error.reason());
    }
    var employees = stores.employees();
    var completions = stores.completions();
    stores
        .database()
        .inTransaction(
            () ->
                read.rows()
                    .forEach(
                        row -> {
                          employees.save(row.employee());
                          completions.replace(row.employee().id(), row.progress());
                        }));
    out.printf("imported %d employees from %s%n", read.rows().size(), file);
    return read.errors().isEmpty() ? 0 : 1;
  }

  private int plan(
      Stores stores, StoreSettings settings, LocalDate asOf, boolean json, PrintStream out) {
    List<EmployeeRow> rows = new ArrayList<>();
    long line = 1;
    var completions = stores.completions();
    for (Employee e : stores.employees().all()) {
      rows.add(new EmployeeRow(++line, e, completions.of(e.id())));
    }
    PlanReport report =
        new PlanCommand(clock).plan(settings.jdbcUrl(), new EmployeeFile(rows, List.of()), asOf);
    if (json) {
      try {
        out.println(
            new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(report));
      } catch (IOException e) {
        throw new IllegalStateException("the plan could not be written as JSON", e);
      }
      return 0;
    }
    out.printf(
        "BIF-uddannelsen plan as of %s: %d stored employees%n",
        report.asOf(), report.employeesRead());
    TextTable parts = new TextTable("EMPLOYEE", "NAME", "PART", "STATUS", "DUE", "LEVEL");
    report
        .dueParts()
        .forEach(
            d -> parts.add(d.employee(), d.name(), d.part(), d.status(), d.dueDate(), d.level()));
    out.printf("Due and overdue parts: %d%n", report.dueParts().size());
    parts.print(out);
    TextTable cohorts = new TextTable("COHORT", "PART", "SIZE", "CENTRES");
    report.cohorts().forEach(c -> cohorts.add(c.id(), c.part(), c.size(), c.centres()));
    out.printf("Planned cohorts: %d%n", report.cohorts().size());
    cohorts.print(out);
    return 0;
  }

  private static int erase(Stores stores, EmployeeId person, PrintStream out) {
    ErasureReport report = stores.personalData().erase(person);
    int deleted = report.rowsDeleted().values().stream().mapToInt(Integer::intValue).sum();
    out.printf(
        "erased %s: %d rows deleted, %d exam sittings kept anonymously, history kept as %s%n",
        person, deleted, report.examResultsKeptAnonymously(), report.pseudonym());
    return 0;
  }

  private static int usage(PrintStream err, String problem) {
    err.println("bif db: " + problem);
    err.println(USAGE);
    return 2;
  }
}
