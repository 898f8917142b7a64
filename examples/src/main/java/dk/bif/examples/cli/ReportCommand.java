package dk.bif.examples.cli;

import dk.bif.core.admission.Level;
import dk.bif.core.benchmark.BenchmarkComparison;
import dk.bif.core.benchmark.NationalBenchmark;
import dk.bif.core.benchmark.ProfileComparison;
import dk.bif.core.catalogue.DevelopmentPlan;
import dk.bif.core.catalogue.PlanItem;
import dk.bif.core.competence.Profile;
import dk.bif.core.competence.ProfileKind;
import dk.bif.core.competence.ProfileSituation;
import dk.bif.core.curriculum.PartId;
import dk.bif.core.enrolment.CohortId;
import dk.bif.core.evaluation.CohortSitting;
import dk.bif.core.evaluation.CohortSummary;
import dk.bif.core.evaluation.EvaluationForm;
import dk.bif.core.evaluation.EvaluationReporting;
import dk.bif.core.evaluation.EvaluationResponse;
import dk.bif.core.evaluation.EvaluationTrend;
import dk.bif.core.evaluation.HalfYear;
import dk.bif.core.evaluation.Quarter;
import dk.bif.core.people.EmployeeId;
import dk.bif.core.statistics.EctsTable;
import dk.bif.core.statistics.ExamSitting;
import dk.bif.core.statistics.ParticipationTable;
import dk.bif.core.statistics.ProgrammeStatistics;
import dk.bif.examples.csv.CsvTable;
import dk.bif.examples.csv.EmployeeCsvReader;
import dk.bif.examples.csv.EmployeeFile;
import dk.bif.examples.csv.EmployeeRow;
import dk.bif.examples.csv.Read;
import dk.bif.examples.csv.RowError;
import dk.bif.examples.csv.SittingRow;
import dk.bif.examples.language.Words;
import dk.bif.examples.report.CentreReport;
import dk.bif.examples.report.ReportPage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bif report <centre-folder> --out=report.html [--administration=employees.csv]
 * [--date=YYYY-MM-DD] [--half-year=YYYY-H1|YYYY-H2] [--framework=case.json]}: the centre head's
 * report as one self-contained HTML file (JTE, every value escaped). For the centre's own staff:
 * who is due or overdue and since when, the share through Del 1 and Del 2, the development plans
 * and their cost, ECTS earned, participants per year (a year not over marked as expected), the
 * evaluations of the centre's cohorts with the trend against the half-year before (a drop flagged),
 * and the competence gaps with the basic competences; the administration's figures beside them,
 * labelled so.
 */
@Command(name = "report", mixinStandardHelpOptions = true)
final class ReportCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "<centre-folder>", descriptionKey = "folder")
  Path folder;

  @Option(names = "--out", required = true, paramLabel = "<report.html>", descriptionKey = "out")
  Path target;

  @Option(
      names = "--administration",
      paramLabel = "<employees.csv>",
      descriptionKey = "administration")
  Optional<Path> administration;

  @Mixin Options.AsOf when;

  @Option(
      names = "--half-year",
      paramLabel = "YYYY-H1|YYYY-H2",
      converter = Converters.HalfYearValue.class,
      descriptionKey = "half-year")
  Optional<HalfYear> halfYear;

  @Mixin Options.Framework framework;

  private final Cli cli;

  ReportCommand(Cli cli) {
    this.cli = cli;
  }

  @Override
  public Integer call() throws IOException {
    Words w = cli.words();
    LocalDate asOf = when.day(cli);
    CentreAnalysis analysis = CentreAnalysis.run(cli, folder, framework.load(), asOf);
    List<String> problems = new ArrayList<>(analysis.data().problems());
    int refused = analysis.data().refused();

    Read<SittingRow> sittings = ProgrammeRecords.sittings(cli, folder.resolve("exam-sittings.csv"));
    List<RowError> sittingErrors = new ArrayList<>();
    List<ExamSitting> graded = ProgrammeRecords.graded(cli, sittings, sittingErrors);
    refused += collect(sittings, sittingErrors, problems);
    Read<CohortSitting> cohorts = ProgrammeRecords.cohorts(cli, folder.resolve("cohorts.csv"));
    refused += collect(cohorts, List.of(), problems);
    EvaluationForm form = EvaluationForm.standard();
    Read<EvaluationResponse> responses =
        ProgrammeRecords.evaluations(cli, folder.resolve("evaluations.csv"), form);
    refused += collect(responses, List.of(), problems);

    List<EmployeeRow> centreStaff =
        withRecords(employedOn(analysis.data().employees(), asOf), sittings.values());
    Set<EmployeeId> centreIds = new HashSet<>();
    centreStaff.forEach(r -> centreIds.add(r.employee().id()));
    StaffPlan staffPlan = new StaffPlan(w);
    PlanReport centrePlan = staffPlan.plan(folder.toString(), centreStaff, List.of(), asOf);

    Optional<PlanReport> administrationPlan = Optional.empty();
    if (administration.isPresent()) {
      Path file = administration.get();
      EmployeeFile read;
      try {
        read = new EmployeeCsvReader(w).read(CsvTable.read(file, w), id -> false);
      } catch (CsvTable.BadFileException e) {
        throw new InputException(file + ": " + e.getMessage());
      }
      read.errors().forEach(e -> problems.add(e.at(file.toString())));
      refused += read.errors().size();
      administrationPlan =
          Optional.of(
              staffPlan.plan(
                  file.toString(),
                  withRecords(employedOn(read.rows(), asOf), sittings.values()),
                  List.of(),
                  asOf));
    }

    List<ExamSitting> centreGraded =
        graded.stream().filter(s -> centreIds.contains(s.employee())).toList();
    Set<CohortId> centreCohorts =
        sittings.values().stream()
            .filter(s -> centreIds.contains(s.employee()))
            .flatMap(s -> s.cohort().stream())
            .collect(Collectors.toSet());
    List<CohortSitting> centreCohortSittings =
        cohorts.values().stream().filter(c -> centreCohorts.contains(c.cohort())).toList();
    EvaluationReporting reporting = new EvaluationReporting(form);
    HalfYear period =
        halfYear.orElseGet(() -> latestHalfYear(centreCohortSittings, cohorts.values(), asOf));

    CentreReport report =
        new CentreReport(
            w,
            analysis.situation().centre().value(),
            asOf.toString(),
            w.number(centreStaff.size()),
            administrationPlan.map(
                p -> w.get("report.administration", w.number(p.employeesRead()))),
            due(centrePlan),
            dueSummary(centrePlan),
            shares(centrePlan, administrationPlan),
            plans(analysis),
            w.get(
                "report.plans.summary",
                w.number(analysis.plans().size()),
                w.number(analysis.cost().items()),
                w.kroner(analysis.cost().kroner()),
                w.number(analysis.cost().unpricedItems())),
            ects(centreGraded, graded),
            participants(centreGraded, graded, asOf),
            cohortRows(
                reporting.perCohort(responses.values(), centreCohortSittings).stream()
                    .filter(c -> inOrBefore(period, c.examDate()))
                    .toList(),
                centreCohortSittings),
            List.of(
                trend(
                    w.get("report.trend.centre"),
                    reporting.trend(period, responses.values(), centreCohortSittings)),
                trend(
                    w.get("report.trend.administration"),
                    reporting.trend(period, responses.values(), cohorts.values()))),
            gaps(analysis),
            problems);
    String html = ReportPage.render(report);
    Files.writeString(target, html);
    problems.forEach(cli.err()::println);
    cli.out().println(cli.text("report.wrote", target, w.number(html.length())));
    return refused == 0 ? 0 : 1;
  }

  private static int collect(Read<?> read, List<RowError> more, List<String> problems) {
    List<RowError> all = new ArrayList<>(read.errors());
    all.addAll(more);
    all.addAll(read.notes());
    all.sort(Comparator.comparingLong(RowError::line));
    all.forEach(e -> problems.add(e.at(read.file())));
    return read.errors().size() + more.size();
  }

  /** The staff employed on the report's day: those hired later are not the centre's yet. */
  private static List<EmployeeRow> employedOn(List<EmployeeRow> rows, LocalDate asOf) {
    return rows.stream().filter(r -> !r.employee().employment().hiredOn().isAfter(asOf)).toList();
  }

  /** The staff with what the exam records add: passes, and the attempts used. */
  private List<EmployeeRow> withRecords(List<EmployeeRow> rows, List<SittingRow> sittings) {
    // the sittings' own problems were reported with the file; a refused one is left out here
    return new SittingBook(cli.words()).withSittings(rows, sittings, new ArrayList<>());
  }

  private static final List<String> TO_ACT_ON =
      List.of("overdue", "due", "on-leave", "all-attempts-used");

  private List<CentreReport.DueRow> due(PlanReport plan) {
    record Entry(PlanReport.EmployeePlan employee, PlanReport.PartPlan part) {}
    List<Entry> entries = new ArrayList<>();
    for (PlanReport.EmployeePlan e : plan.employees()) {
      for (PlanReport.PartPlan p : e.parts()) {
        if (TO_ACT_ON.contains(p.status())) {
          entries.add(new Entry(e, p));
        }
      }
    }
    entries.sort(
        Comparator.comparingInt((Entry x) -> TO_ACT_ON.indexOf(x.part().status()))
            .thenComparing(x -> x.part().date())
            .thenComparing(x -> x.employee().name()));
    return entries.stream()
        .map(
            x ->
                new CentreReport.DueRow(
                    x.employee().name() + " (" + x.employee().employee() + ")",
                    x.part().partName(),
                    PlanText.status(x.part(), cli.words()),
                    x.part().reason(),
                    Optional.ofNullable(x.part().nextStep()),
                    x.part().status().equals("overdue")))
        .toList();
  }

  private String dueSummary(PlanReport plan) {
    Map<String, Integer> count = new HashMap<>();
    plan.employees().forEach(e -> e.parts().forEach(p -> count.merge(p.status(), 1, Integer::sum)));
    Words w = cli.words();
    return w.get(
        "report.due.summary",
        w.number(count.getOrDefault("overdue", 0)),
        w.number(count.getOrDefault("due", 0)),
        w.number(count.getOrDefault("on-leave", 0)),
        w.number(count.getOrDefault("all-attempts-used", 0)));
  }

  private List<CentreReport.ShareRow> shares(
      PlanReport centre, Optional<PlanReport> administration) {
    Words w = cli.words();
    List<CentreReport.ShareRow> rows = new ArrayList<>();
    for (PartId part : List.of(PartId.BIF_DEL_1, PartId.BIF_DEL_2)) {
      int[] c = share(centre, part);
      Optional<int[]> a = administration.map(p -> share(p, part));
      rows.add(
          new CentreReport.ShareRow(
              cli.text("part." + part.value()),
              w.share(c[0], c[1]),
              c[1] == 0 ? Optional.empty() : Optional.of(100.0 * c[0] / c[1]),
              a.map(x -> w.share(x[0], x[1])).orElse(w.get("report.dash")),
              a.filter(x -> x[1] > 0).map(x -> 100.0 * x[0] / x[1])));
    }
    return rows;
  }

  /** Done, and required (every status but not required), of one part. */
  private static int[] share(PlanReport plan, PartId part) {
    PlanReport.PartSummary summary =
        plan.summary().stream()
            .filter(s -> s.part().equals(part.value()))
            .findFirst()
            .orElseThrow();
    int done = summary.counts().get("done");
    int required =
        summary.counts().values().stream().mapToInt(Integer::intValue).sum()
            - summary.counts().get("not-required");
    return new int[] {done, required};
  }

  private List<CentreReport.PlanRow> plans(CentreAnalysis analysis) {
    Map<EmployeeId, String> names = GapsCommand.names(analysis);
    Words w = cli.words();
    boolean danish = w.language().equals("da");
    List<CentreReport.PlanRow> rows = new ArrayList<>();
    for (DevelopmentPlan plan : analysis.plans()) {
      List<String> titles = new ArrayList<>();
      long kroner = 0;
      for (PlanItem item : plan.items()) {
        var entry = analysis.data().catalogue().entry(item.entry()).orElseThrow();
        titles.add(danish ? entry.title().da() : entry.title().en());
        kroner += entry.priceDkk().orElse(0);
      }
      rows.add(
          new CentreReport.PlanRow(
              names.get(plan.employee()), String.join("; ", titles), w.kroner(kroner)));
    }
    return rows;
  }

  private List<CentreReport.EctsRow> ects(List<ExamSitting> centre, List<ExamSitting> all) {
    ProgrammeStatistics statistics = new ProgrammeStatistics(EctsTable.bif());
    Map<Level, Integer> mine = statistics.ectsByLevel(centre);
    Map<Level, Integer> theirs = statistics.ectsByLevel(all);
    Words w = cli.words();
    List<CentreReport.EctsRow> rows = new ArrayList<>();
    for (Level level : List.of(Level.DIPLOM, Level.AKADEMI)) {
      rows.add(
          new CentreReport.EctsRow(
              w.get("level." + ProgrammeRecords.level(level)),
              w.number(mine.get(level)),
              w.number(theirs.get(level))));
    }
    rows.add(
        new CentreReport.EctsRow(
            w.get("stats.total"),
            w.number(mine.values().stream().mapToInt(Integer::intValue).sum()),
            w.number(theirs.values().stream().mapToInt(Integer::intValue).sum())));
    return rows;
  }

  private List<CentreReport.YearRow> participants(
      List<ExamSitting> centre, List<ExamSitting> all, LocalDate asOf) {
    Words w = cli.words();
    if (all.isEmpty()) {
      return List.of();
    }
    Year from = ProgrammeRecords.firstYear(all);
    Year to = ProgrammeRecords.lastYear(all);
    ProgrammeStatistics statistics = new ProgrammeStatistics(EctsTable.bif());
    ParticipationTable mine = statistics.participants(centre, from, to, StatsCommand.PARTS);
    ParticipationTable theirs = statistics.participants(all, from, to, StatsCommand.PARTS);
    int largest = mine.years().stream().mapToInt(mine::total).max().orElse(0);
    List<CentreReport.YearRow> rows = new ArrayList<>();
    for (Year y : mine.years()) {
      boolean expected = !y.atDay(y.length()).isBefore(asOf);
      rows.add(
          new CentreReport.YearRow(
              expected ? w.get("report.participants.expected", y.toString()) : y.toString(),
              expected,
              w.number(mine.count(y, PartId.BIF_DEL_1)),
              w.number(mine.count(y, PartId.BIF_DEL_2)),
              largest == 0 ? 0 : 100.0 * mine.total(y) / largest,
              w.number(mine.total(y)),
              w.number(theirs.total(y))));
    }
    return rows;
  }

  private List<CentreReport.CohortRow> cohortRows(
      List<CohortSummary> summaries, List<CohortSitting> sittings) {
    Words w = cli.words();
    Map<CohortId, PartId> partOf = new HashMap<>();
    sittings.forEach(s -> partOf.putIfAbsent(s.cohort(), s.part()));
    return summaries.stream()
        .map(
            c ->
                new CentreReport.CohortRow(
                    c.cohort().value(),
                    w.get("part." + partOf.get(c.cohort()).value()),
                    c.examDate().toString(),
                    w.number(c.scores().responses()),
                    c.scores().overall().map(v -> w.decimal(v, 2)).orElse(w.get("share.none")),
                    c.scores().overall().map(v -> 100 * v / 5).orElse(0.0)))
        .toList();
  }

  private CentreReport.TrendRow trend(String who, EvaluationTrend trend) {
    Words w = cli.words();
    return new CentreReport.TrendRow(
        who,
        trend.period().toString(),
        trend.overall().map(v -> w.decimal(v, 2)).orElse(w.get("share.none")),
        trend.previous().toString(),
        trend.previousOverall().map(v -> w.decimal(v, 2)).orElse(w.get("share.none")),
        trend.change().map(v -> (v > 0 ? "+" : "") + w.decimal(v, 2)).orElse(w.get("report.dash")),
        trend.drop());
  }

  /** Whether a day falls in the half-year or the one before it: the cohorts the trend compares. */
  private static boolean inOrBefore(HalfYear period, LocalDate day) {
    HalfYear of = Quarter.of(day).halfYear();
    HalfYear previous =
        period.half() == 1 ? new HalfYear(period.year() - 1, 2) : new HalfYear(period.year(), 1);
    return of.equals(period) || of.equals(previous);
  }

  /** The latest half-year with a cohort's exam by the report's day: the centre's, else anyone's. */
  private static HalfYear latestHalfYear(
      List<CohortSitting> centre, List<CohortSitting> all, LocalDate asOf) {
    for (List<CohortSitting> sittings : List.of(centre, all)) {
      Optional<HalfYear> latest =
          sittings.stream()
              .map(CohortSitting::examDate)
              .filter(d -> !d.isAfter(asOf))
              .max(Comparator.naturalOrder())
              .map(d -> Quarter.of(d).halfYear());
      if (latest.isPresent()) {
        return latest.get();
      }
    }
    return Quarter.of(asOf).halfYear();
  }

  private List<CentreReport.GapRow> gaps(CentreAnalysis analysis) {
    Words w = cli.words();
    boolean danish = w.language().equals("da");
    List<ProfileComparison> national =
        new BenchmarkComparison(NationalBenchmark.survey2017()).compare(analysis.situation());
    int largest =
        Math.max(
            1,
            analysis.situation().profiles().stream()
                .mapToInt(p -> Math.max(p.needed(), p.matchingCount()))
                .max()
                .orElse(1));
    List<CentreReport.GapRow> rows = new ArrayList<>();
    for (ProfileSituation p : analysis.situation().profiles()) {
      Profile profile = analysis.framework().profile(p.profile()).orElseThrow();
      Optional<ProfileComparison> n =
          national.stream().filter(c -> c.profile().equals(p.profile())).findFirst();
      rows.add(
          new CentreReport.GapRow(
              danish ? profile.focus().da() : profile.focus().en(),
              profile.kind() == ProfileKind.BASIC,
              w.number(p.needed()),
              w.number(p.matchingCount()),
              w.number(p.gap()),
              100.0 * p.needed() / largest,
              100.0 * p.matchingCount() / largest,
              n.map(
                      c ->
                          (danish ? c.centreNow().label().da() : c.centreNow().label().en())
                              + " ("
                              + w.wholePercent(c.headsSameNow())
                              + ")")
                  .orElse(w.get("report.dash")),
              n.map(
                      c ->
                          (danish ? c.centreNeed().label().da() : c.centreNeed().label().en())
                              + " ("
                              + w.wholePercent(c.headsSameIdeal())
                              + ")")
                  .orElse(w.get("report.dash"))));
    }
    return rows;
  }
}
