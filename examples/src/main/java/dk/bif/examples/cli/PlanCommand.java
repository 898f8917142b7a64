package dk.bif.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dk.bif.core.admission.AdmissionPolicy;
import dk.bif.core.admission.Level;
import dk.bif.core.curriculum.Catalogue;
import dk.bif.core.curriculum.Part;
import dk.bif.core.curriculum.PartId;
import dk.bif.core.curriculum.ProgrammeId;
import dk.bif.core.enrolment.Candidate;
import dk.bif.core.enrolment.CohortPlan;
import dk.bif.core.enrolment.CohortPlanner;
import dk.bif.core.enrolment.DueDatePolicy;
import dk.bif.core.enrolment.PartStatus;
import dk.bif.core.enrolment.PlannedCohort;
import dk.bif.core.enrolment.SizeRange;
import dk.bif.core.people.Employee;
import dk.bif.examples.csv.EmployeeCsvReader;
import dk.bif.examples.csv.EmployeeFile;
import dk.bif.examples.csv.EmployeeRow;
import dk.bif.examples.csv.RowError;
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
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code bif plan <employees.csv> [--json] [--date YYYY-MM-DD]}: reads employees from CSV, prints
 * every due and overdue part of BIF-uddannelsen and the cohorts planned for them with their centre
 * mix, as a table or as JSON. Bad rows are reported on standard error with their line numbers;
 * every good row is still planned. Exit code 0 when every row was read, 1 when some row (or the
 * file) was bad, 2 for a usage error.
 */
public final class PlanCommand implements Subcommand {

  /** Leaders are fewer: a leader-module cohort holds 6 to 24 (an assumption). */
  static final SizeRange LEADER_MODULE_COHORT = SizeRange.of(6, 24);

  private static final String USAGE =
      "usage: bif plan <employees.csv> [--json] [--date YYYY-MM-DD]";

  private final Clock clock;
  private final Catalogue catalogue = Catalogue.builtIn();
  private final DueDatePolicy dueDates = new DueDatePolicy();
  private final AdmissionPolicy admission = new AdmissionPolicy();
  private final CohortPlanner staffPlanner = new CohortPlanner();
  private final CohortPlanner leaderPlanner =
      new CohortPlanner(LEADER_MODULE_COHORT, CohortPlanner.DEFAULT_STUDY_GROUP_SIZE);
  private final EmployeeCsvReader reader = new EmployeeCsvReader();

  /**
   * @param clock today's date, used unless {@code --date} is given
   */
  public PlanCommand(Clock clock) {
    this.clock = clock;
  }

  @Override
  public String name() {
    return "plan";
  }

  @Override
  public String summary() {
    return "due and overdue parts and planned cohorts from an employees CSV (--json, --date)";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) {
    Path file = null;
    boolean json = false;
    LocalDate asOf = LocalDate.now(clock);
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      switch (arg) {
        case "--json" -> json = true;
        case "--date" -> {
          if (i + 1 >= args.size()) {
            return usage(err, "--date needs a date (YYYY-MM-DD)");
          }
          String date = args.get(++i);
          try {
            asOf = LocalDate.parse(date);
          } catch (DateTimeParseException e) {
            return usage(err, "--date '" + date + "' is not a date (YYYY-MM-DD)");
          }
        }
        case "-h", "--help" -> {
          out.println(USAGE);
          return 0;
        }
        default -> {
          if (arg.startsWith("-")) {
            return usage(err, "unknown option '" + arg + "'");
          }
          if (file != null) {
            return usage(err, "only one CSV file, got '" + file + "' and '" + arg + "'");
          }
          file = Path.of(arg);
        }
      }
    }
    if (file == null) {
      return usage(err, "the employees CSV file is missing");
    }
    EmployeeFile read;
    try (Reader csv = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      read = reader.read(csv);
    } catch (NoSuchFileException e) {
      err.println("bif plan: cannot read '" + file + "': no such file");
      return 1;
    } catch (IOException e) {
      err.println("bif plan: cannot read '" + file + "': " + e.getMessage());
      return 1;
    } catch (EmployeeCsvReader.BadFileException e) {
      err.println("bif plan: " + file + ": " + e.getMessage());
      return 1;
    }
    for (RowError error : read.errors()) {
      err.println("bif plan: " + file + ":" + error.line() + ": " + error.reason());
    }
    PlanReport report = plan(file.toString(), read, asOf);
    if (json) {
      writeJson(report, out);
    } else {
      printTable(report, out);
    }
    return read.errors().isEmpty() ? 0 : 1;
  }

  private static int usage(PrintStream err, String problem) {
    err.println("bif plan: " + problem);
    err.println(USAGE);
    return 2;
  }

  /** Judges every part for every employee and plans cohorts per part. */
  PlanReport plan(String file, EmployeeFile read, LocalDate asOf) {
    List<PlanReport.DuePart> due = new ArrayList<>();
    Map<PartId, List<Candidate>> candidates = new LinkedHashMap<>();
    for (EmployeeRow row : read.rows()) {
      Employee employee = row.employee();
      Level level = admission.decide(employee, asOf).level();
      for (Map.Entry<PartId, PartStatus> entry :
          dueDates.statuses(employee, row.progress(), asOf).entrySet()) {
        PartStatus status = entry.getValue();
        Optional<LocalDate> dueBy = status.dueBy();
        if (dueBy.isEmpty()) {
          continue;
        }
        due.add(
            new PlanReport.DuePart(
                employee.id().value(),
                employee.name(),
                employee.centre().value(),
                entry.getKey().value(),
                status instanceof PartStatus.Overdue ? "overdue" : "due",
                dueBy.get(),
                level.name().toLowerCase(Locale.ROOT),
                status.reason()));
        candidates
            .computeIfAbsent(entry.getKey(), k -> new ArrayList<>())
            .add(
                new Candidate(
                    employee.id(), employee.centre(), level, employee.targetGroup(), dueBy.get()));
      }
    }
    due.sort(
        Comparator.comparing(PlanReport.DuePart::part)
            .thenComparing(d -> d.status().equals("overdue") ? 0 : 1)
            .thenComparing(PlanReport.DuePart::dueDate)
            .thenComparing(PlanReport.DuePart::employee));
    List<PlanReport.Cohort> cohorts = new ArrayList<>();
    List<PlanReport.Waiting> waiting = new ArrayList<>();
    for (Part part : catalogue.programme(ProgrammeId.BIF).orElseThrow().parts()) {
      List<Candidate> forPart = candidates.getOrDefault(part.id(), List.of());
      if (forPart.isEmpty()) {
        continue;
      }
      CohortPlanner planner =
          part.id().equals(PartId.BIF_LEADER_MODULE) ? leaderPlanner : staffPlanner;
      CohortPlan plan = planner.plan(part, forPart, part.id().value() + "-" + asOf);
      plan.cohorts().forEach(c -> cohorts.add(cohort(c)));
      if (!plan.waiting().isEmpty()) {
        waiting.add(
            new PlanReport.Waiting(
                part.id().value(),
                plan.waiting().stream().map(c -> c.employee().value()).toList(),
                plan.waitingReason()));
      }
    }
    return new PlanReport(asOf, file, read.rows().size(), read.errors(), due, cohorts, waiting);
  }

  private static PlanReport.Cohort cohort(PlannedCohort cohort) {
    Map<String, Integer> mix = new LinkedHashMap<>();
    cohort.mix().counts().forEach((centre, count) -> mix.put(centre.value(), count));
    Map<Level, Integer> byLevel = new EnumMap<>(Level.class);
    cohort.participants().forEach(p -> byLevel.merge(p.level(), 1, Integer::sum));
    Map<String, Integer> levels = new LinkedHashMap<>();
    byLevel.forEach((level, count) -> levels.put(level.name().toLowerCase(Locale.ROOT), count));
    return new PlanReport.Cohort(
        cohort.id().value(),
        cohort.part().value(),
        cohort.participants().size(),
        cohort.mix().centres(),
        mix.keySet().iterator().next(),
        Math.round(cohort.mix().largestShare() * 1000) / 1000.0,
        mix,
        levels,
        cohort.studyGroups().stream()
            .map(g -> g.members().stream().map(m -> m.employee().value()).toList())
            .toList());
  }

  private static void writeJson(PlanReport report, PrintStream out) {
    ObjectMapper mapper =
        new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT);
    try {
      out.println(mapper.writeValueAsString(report));
    } catch (IOException e) {
      throw new IllegalStateException("the plan could not be written as JSON", e);
    }
  }

  private void printTable(PlanReport report, PrintStream out) {
    out.printf(
        "BIF-uddannelsen plan as of %s: %d employees read from %s, %d rows rejected%n",
        report.asOf(), report.employeesRead(), report.file(), report.rejectedRows().size());
    out.println();
    long overdue = report.dueParts().stream().filter(d -> d.status().equals("overdue")).count();
    out.printf("Due and overdue parts: %d (%d overdue)%n", report.dueParts().size(), overdue);
    if (!report.dueParts().isEmpty()) {
      TextTable parts =
          new TextTable("EMPLOYEE", "NAME", "CENTRE", "PART", "STATUS", "DUE", "LEVEL", "REASON");
      for (PlanReport.DuePart d : report.dueParts()) {
        parts.add(
            d.employee(),
            d.name(),
            d.centre(),
            partName(d.part()),
            d.status(),
            d.dueDate(),
            d.level(),
            d.reason());
      }
      parts.print(out);
    }
    out.println();
    out.printf("Planned cohorts: %d%n", report.cohorts().size());
    if (!report.cohorts().isEmpty()) {
      TextTable cohorts =
          new TextTable(
              "COHORT",
              "PART",
              "SIZE",
              "GROUPS",
              "CENTRES",
              "LARGEST CENTRE",
              "LEVELS",
              "CENTRE MIX");
      for (PlanReport.Cohort c : report.cohorts()) {
        cohorts.add(
            c.id(),
            partName(c.part()),
            c.size(),
            c.studyGroups().size(),
            c.centres(),
            String.format(
                Locale.ROOT,
                "%s %d (%.0f%%)",
                c.largestCentre(),
                c.centreMix().get(c.largestCentre()),
                c.largestShare() * 100),
            join(c.levels()),
            join(c.centreMix()));
      }
      cohorts.print(out);
    }
    for (PlanReport.Waiting w : report.waiting()) {
      out.println();
      out.printf("Waiting for %s: %d (%s)%n", partName(w.part()), w.employees().size(), w.reason());
      out.println("  " + String.join(", ", w.employees()));
    }
  }

  private static String join(Map<String, Integer> counts) {
    List<String> parts = new ArrayList<>();
    counts.forEach((k, v) -> parts.add(k + " " + v));
    return String.join(", ", parts);
  }

  private String partName(String partId) {
    return catalogue.part(PartId.of(partId)).map(Part::name).orElse(partId);
  }
}
