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
import dk.bif.examples.csv.Read;
import dk.bif.examples.csv.RowError;
import dk.bif.examples.csv.SittingRow;
import dk.bif.examples.language.Words;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bif stats <exam-sittings.csv> [--from=YEAR] [--to=YEAR] [--budget=YEAR:DKK:SUBSIDY]}:
 * participants per year and part, pass rates, ECTS and cost per participant, numbers in the
 * output's language.
 */
@Command(name = "stats", mixinStandardHelpOptions = true)
final class StatsCommand implements Callable<Integer> {

  static final List<PartId> PARTS = List.of(PartId.BIF_DEL_1, PartId.BIF_DEL_2);

  @Parameters(index = "0", paramLabel = "<exam-sittings.csv>", descriptionKey = "sittings")
  Path file;

  @Option(
      names = "--from",
      paramLabel = "YEAR",
      converter = Converters.YearValue.class,
      descriptionKey = "from")
  Optional<Year> from;

  @Option(
      names = "--to",
      paramLabel = "YEAR",
      converter = Converters.YearValue.class,
      descriptionKey = "to")
  Optional<Year> to;

  @Option(names = "--budget", paramLabel = "YEAR:DKK:SUBSIDY", descriptionKey = "budget")
  Optional<String> budget;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private final Cli cli;

  StatsCommand(Cli cli) {
    this.cli = cli;
  }

  @Override
  public Integer call() {
    Words w = cli.words();
    PrintWriter out = cli.out();
    Read<SittingRow> read = ProgrammeRecords.sittings(cli, file);
    List<RowError> refused = new ArrayList<>();
    List<ExamSitting> sittings = ProgrammeRecords.graded(cli, read, refused);
    boolean bad = ProgrammeRecords.report(cli, read, refused);
    if (sittings.isEmpty()) {
      throw new InputException(cli.text("stats.none", file));
    }
    Year first = from.orElse(ProgrammeRecords.firstYear(sittings));
    Year last = to.orElse(ProgrammeRecords.lastYear(sittings));
    if (last.isBefore(first)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), cli.text("stats.range", last, first));
    }
    List<YearBudget> budgets = new ArrayList<>(List.of(YearBudget.bif2020()));
    budget.ifPresent(b -> budgets.add(0, budget(b)));
    ProgrammeStatistics statistics = new ProgrammeStatistics(EctsTable.bif());
    List<ExamSitting> inRange =
        sittings.stream()
            .filter(s -> !Year.from(s.date()).isBefore(first) && !Year.from(s.date()).isAfter(last))
            .toList();
    ParticipationTable table = statistics.participants(sittings, first, last, PARTS);
    print(table, w, out);
    out.println();
    out.println(w.get("stats.pass-rate", first, last));
    for (AttemptPassRate r : statistics.passRateByAttempt(inRange)) {
      out.println(
          w.get(
              "stats.attempt",
              r.attempt(),
              w.number(r.passed()),
              w.number(r.sat()),
              r.sat() == 0 ? w.get("share.none") : w.percent(r.percent())));
    }
    out.println();
    out.println(w.get("stats.ects", first, last));
    Map<Level, Integer> ects = statistics.ectsByLevel(inRange);
    TextTable byLevel = TextTable.headed(w.get("stats.ects.heading"));
    for (Level l : Level.values()) {
      byLevel.add(w.get("level." + ProgrammeRecords.level(l)), w.number(ects.get(l)));
    }
    byLevel.print(out);
    out.println();
    out.println(w.get("stats.cost"));
    for (Year y : table.years()) {
      budgets.stream()
          .filter(b -> b.year().equals(y))
          .findFirst()
          .ifPresent(
              b -> {
                CostPerParticipant c =
                    statistics.costPerParticipant(b, Math.max(1, table.total(y)));
                out.println(
                    w.get(
                        "stats.cost.year",
                        y,
                        w.kroner(b.budgetDkk()),
                        w.kroner(b.subsidyDkk()),
                        w.number(c.participants()),
                        w.kroner(c.gross().setScale(0, java.math.RoundingMode.HALF_UP).longValue()),
                        w.kroner(c.net().setScale(0, java.math.RoundingMode.HALF_UP).longValue())));
              });
    }
    return bad ? 1 : 0;
  }

  static void print(ParticipationTable table, Words w, PrintWriter out) {
    out.println(w.get("stats.participants"));
    List<String> headings = new ArrayList<>(List.of(""));
    table.years().forEach(y -> headings.add(y.toString()));
    TextTable t = new TextTable(headings.toArray(String[]::new));
    for (PartId p : table.parts()) {
      List<Object> row = new ArrayList<>(List.of(w.get("part." + p.value())));
      table.years().forEach(y -> row.add(w.number(table.count(y, p))));
      t.add(row.toArray());
    }
    List<Object> total = new ArrayList<>(List.of(w.get("stats.total")));
    table.years().forEach(y -> total.add(w.number(table.total(y))));
    t.add(total.toArray());
    t.print(out);
  }

  private YearBudget budget(String text) {
    String[] parts = text.split(":");
    if (parts.length != 3 || !text.matches("\\d{4}:\\d+:\\d+")) {
      throw new CommandLine.ParameterException(spec.commandLine(), cli.text("stats.budget", text));
    }
    try {
      return new YearBudget(
          Year.of(Integer.parseInt(parts[0])), Long.parseLong(parts[1]), Long.parseLong(parts[2]));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--budget: " + e.getMessage());
    }
  }
}
