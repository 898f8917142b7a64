package dk.bif.examples.cli;

import dk.bif.core.benchmark.NationalBenchmark;
import dk.bif.core.evaluation.CohortSitting;
import dk.bif.core.evaluation.EvaluationForm;
import dk.bif.core.evaluation.EvaluationReporting;
import dk.bif.core.evaluation.EvaluationResponse;
import dk.bif.core.evaluation.HalfYear;
import dk.bif.core.evaluation.Quarter;
import dk.bif.core.statistics.EctsTable;
import dk.bif.core.statistics.ExamSitting;
import dk.bif.core.statistics.ProgrammeStatistics;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * {@code bif report}: the steering group's self-contained HTML report from a folder holding a
 * centre's inputs and the programme's records ({@code exam-sittings.csv}, {@code cohorts.csv},
 * {@code evaluations.csv}), like {@code examples/samples/centre}.
 */
final class ReportCommand extends ReportingCommand {

  private final Clock clock;

  ReportCommand(Clock clock) {
    this.clock = clock;
  }

  @Override
  public String name() {
    return "report";
  }

  @Override
  public String summary() {
    return "self-contained HTML report: participants, pass rates, gaps vs. benchmark, evaluations";
  }

  @Override
  String usage() {
    return "report <folder> --out report.html [--half-year YYYY-H1|YYYY-H2] [--framework case.json]";
  }

  @Override
  Set<String> options() {
    return Set.of("out", "half-year", "framework");
  }

  @Override
  void execute(Arguments args, PrintStream out)
      throws Arguments.UsageException, InputException, IOException {
    Path folder = Path.of(onePositional(args, "folder"));
    Path target =
        Path.of(
            args.option("out")
                .orElseThrow(() -> new Arguments.UsageException("--out is required")));
    CentreAnalysis analysis =
        CentreAnalysis.run(folder, FrameworkSource.load(args.option("framework")), clock);
    List<ExamSitting> sittings = ProgrammeRecords.sittings(folder.resolve("exam-sittings.csv"));
    if (sittings.isEmpty()) {
      throw new InputException("exam-sittings.csv holds no exam sittings");
    }
    EvaluationForm form = EvaluationForm.standard();
    List<CohortSitting> cohorts = ProgrammeRecords.cohorts(folder.resolve("cohorts.csv"));
    List<EvaluationResponse> responses =
        ProgrammeRecords.evaluations(folder.resolve("evaluations.csv"), form);
    HalfYear period = halfYear(args, cohorts);
    ProgrammeStatistics statistics = new ProgrammeStatistics(EctsTable.bif());
    Year from = ProgrammeRecords.firstYear(sittings);
    Year to = ProgrammeRecords.lastYear(sittings);
    EvaluationReporting reporting = new EvaluationReporting(form);
    String html =
        HtmlReport.render(
            new HtmlReport.Content(
                LocalDate.now(clock),
                analysis.framework(),
                analysis.situation(),
                NationalBenchmark.survey2017(),
                statistics.participants(sittings, from, to, StatsCommand.PARTS),
                statistics.passRateByAttempt(sittings),
                reporting.perQuarter(responses, cohorts),
                reporting.halfYear(period, responses, cohorts)));
    Files.writeString(target, html);
    out.println("wrote " + target + " (" + html.length() + " characters)");
  }

  private static HalfYear halfYear(Arguments args, List<CohortSitting> cohorts)
      throws Arguments.UsageException, InputException {
    if (args.option("half-year").isPresent()) {
      try {
        return HalfYear.parse(args.option("half-year").get());
      } catch (IllegalArgumentException e) {
        throw new Arguments.UsageException("--half-year: " + e.getMessage());
      }
    }
    return cohorts.stream()
        .map(c -> Quarter.of(c.examDate()).halfYear())
        .max(Comparator.comparing((HalfYear h) -> h.year()).thenComparing(HalfYear::half))
        .orElseThrow(() -> new InputException("cohorts.csv lists no cohorts; give --half-year"));
  }
}
