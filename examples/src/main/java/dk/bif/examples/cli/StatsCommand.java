package dk.bif.examples.cli;

import dk.bif.core.admission.Level;
import dk.bif.core.curriculum.PartId;
import dk.bif.core.statistics.AttemptPassRate;
import dk.bif.core.statistics.CostPerParticipant;
import dk.bif.core.statistics.EctsTable;
import dk.bif.core.statistics.ExamSitting;
import dk.bif.core.statistics.ParticipationTable;
import dk.bif.core.statistics.ProgrammeStatistics;
import dk.bif.core.statistics.YearBudget;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code bif stats}: participants per year and part, pass rates, ECTS and cost per participant.
 * Numbers are printed in one fixed format (Locale.ROOT), whatever the machine's locale.
 */
final class StatsCommand extends ReportingCommand {

  static final List<PartId> PARTS = List.of(PartId.BIF_DEL_1, PartId.BIF_DEL_2);

  @Override
  public String name() {
    return "stats";
  }

  @Override
  public String summary() {
    return "participants per year and part, pass rates, ECTS, cost per participant";
  }

  @Override
  String usage() {
    return "stats <exam-sittings.csv> [--from YEAR] [--to YEAR] [--budget YEAR:DKK:SUBSIDY]";
  }

  @Override
  Set<String> options() {
    return Set.of("from", "to", "budget");
  }

  @Override
  void execute(Arguments args, PrintStream out) throws Arguments.UsageException, InputException {
    List<ExamSitting> sittings = ProgrammeRecords.sittings(Path.of(onePositional(args, "file")));
    if (sittings.isEmpty()) {
      throw new InputException("the file holds no exam sittings");
    }
    Year from = year(args, "from", ProgrammeRecords.firstYear(sittings));
    Year to = year(args, "to", ProgrammeRecords.lastYear(sittings));
    if (to.isBefore(from)) {
      throw new Arguments.UsageException("--to " + to + " is before --from " + from);
    }
    List<YearBudget> budgets = new ArrayList<>(List.of(YearBudget.bif2020()));
    if (args.option("budget").isPresent()) {
      budgets.add(0, budget(args.option("budget").get()));
    }
    ProgrammeStatistics statistics = new ProgrammeStatistics(EctsTable.bif());
    List<ExamSitting> inRange =
        sittings.stream()
            .filter(s -> !Year.from(s.date()).isBefore(from) && !Year.from(s.date()).isAfter(to))
            .toList();
    ParticipationTable table = statistics.participants(sittings, from, to, PARTS);
    print(table, out);
    out.println();
    out.println("Pass rate by attempt " + from + "–" + to);
    for (AttemptPassRate r : statistics.passRateByAttempt(inRange)) {
      out.printf(
          Locale.ROOT,
          "  attempt %d: %d of %d passed (%.1f%%)%n",
          r.attempt(),
          r.passed(),
          r.sat(),
          r.percent());
    }
    out.println();
    out.println("ECTS awarded by level " + from + "–" + to);
    Map<Level, Integer> ects = statistics.ectsByLevel(inRange);
    for (Level l : Level.values()) {
      out.printf(Locale.ROOT, "  %-8s %6d%n", l.name().toLowerCase(), ects.get(l));
    }
    out.println();
    out.println("Cost per participant");
    for (Year y : table.years()) {
      budgets.stream()
          .filter(b -> b.year().equals(y))
          .findFirst()
          .ifPresent(
              b -> {
                CostPerParticipant c =
                    statistics.costPerParticipant(b, Math.max(1, table.total(y)));
                out.printf(
                    Locale.ROOT,
                    "  %s: DKK %,d budget, DKK %,d subsidy, %d participants: DKK %,.0f gross, DKK %,.0f net per participant%n",
                    y,
                    b.budgetDkk(),
                    b.subsidyDkk(),
                    c.participants(),
                    c.gross(),
                    c.net());
              });
    }
  }

  static void print(ParticipationTable table, PrintStream out) {
    out.println("Participants per year (employees who sit the exam that year)");
    out.printf(Locale.ROOT, "%-8s", "");
    table.years().forEach(y -> out.printf(Locale.ROOT, "%8s", y));
    out.println();
    for (PartId p : table.parts()) {
      out.printf(Locale.ROOT, "%-8s", label(p));
      table.years().forEach(y -> out.printf(Locale.ROOT, "%8d", table.count(y, p)));
      out.println();
    }
    out.printf(Locale.ROOT, "%-8s", "I alt");
    table.years().forEach(y -> out.printf(Locale.ROOT, "%8d", table.total(y)));
    out.println();
  }

  static String label(PartId part) {
    return part.equals(PartId.BIF_DEL_1)
        ? "Del 1"
        : part.equals(PartId.BIF_DEL_2) ? "Del 2" : part.value();
  }

  private static Year year(Arguments args, String name, Year fallback)
      throws Arguments.UsageException {
    String v = args.option(name).orElse(null);
    if (v == null) {
      return fallback;
    }
    if (!v.matches("\\d{4}")) {
      throw new Arguments.UsageException(
          "--" + name + " expects a year like 2018; got '" + v + "'");
    }
    return Year.of(Integer.parseInt(v));
  }

  private static YearBudget budget(String text) throws Arguments.UsageException {
    String[] parts = text.split(":");
    if (parts.length != 3 || !text.matches("\\d{4}:\\d+:\\d+")) {
      throw new Arguments.UsageException(
          "--budget expects YEAR:DKK:SUBSIDY in whole kroner, e.g. 2021:4300000:500000; got '"
              + text
              + "'");
    }
    try {
      return new YearBudget(
          Year.of(Integer.parseInt(parts[0])), Long.parseLong(parts[1]), Long.parseLong(parts[2]));
    } catch (IllegalArgumentException e) {
      throw new Arguments.UsageException("--budget: " + e.getMessage());
    }
  }
}
