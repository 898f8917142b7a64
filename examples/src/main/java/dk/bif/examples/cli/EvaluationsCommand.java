package dk.bif.examples.cli;

import dk.bif.core.enrolment.CohortId;
import dk.bif.core.evaluation.CohortSitting;
import dk.bif.core.evaluation.EvaluationForm;
import dk.bif.core.evaluation.EvaluationQuestion;
import dk.bif.core.evaluation.EvaluationReporting;
import dk.bif.core.evaluation.EvaluationResponse;
import dk.bif.core.evaluation.HalfYear;
import dk.bif.core.evaluation.HalfYearReport;
import dk.bif.core.evaluation.QuarterSummary;
import dk.bif.core.evaluation.ScoreSummary;
import dk.bif.core.evaluation.TeacherView;
import dk.bif.examples.csv.Read;
import dk.bif.examples.language.Words;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bif evaluations <evaluations.csv> <cohorts.csv> --half-year=YYYY-H1|YYYY-H2}: the
 * half-year evaluation summary for the steering group; {@code bif evaluations <evaluations.csv>
 * --teacher=COHORT}: what one cohort's teacher may see.
 */
@Command(name = "evaluations", mixinStandardHelpOptions = true)
final class EvaluationsCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "<evaluations.csv>", descriptionKey = "evaluations")
  Path evaluations;

  @Parameters(index = "1", arity = "0..1", paramLabel = "<cohorts.csv>", descriptionKey = "cohorts")
  Optional<Path> cohorts;

  @Option(
      names = "--half-year",
      paramLabel = "YYYY-H1|YYYY-H2",
      converter = Converters.HalfYearValue.class,
      descriptionKey = "half-year")
  Optional<HalfYear> halfYear;

  @Option(names = "--teacher", paramLabel = "COHORT", descriptionKey = "teacher")
  Optional<String> teacher;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private final Cli cli;

  EvaluationsCommand(Cli cli) {
    this.cli = cli;
  }

  @Override
  public Integer call() {
    EvaluationForm form = EvaluationForm.standard();
    Read<EvaluationResponse> responses = ProgrammeRecords.evaluations(cli, evaluations, form);
    boolean bad = ProgrammeRecords.report(cli, responses, List.of());
    if (teacher.isPresent()) {
      if (cohorts.isPresent()) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), cli.text("evaluations.teacher-alone"));
      }
      teacherView(form, responses.values());
      return bad ? 1 : 0;
    }
    Path cohortFile =
        cohorts.orElseThrow(
            () ->
                new CommandLine.ParameterException(
                    spec.commandLine(), cli.text("evaluations.cohorts-missing")));
    HalfYear period =
        halfYear.orElseThrow(
            () ->
                new CommandLine.ParameterException(
                    spec.commandLine(), cli.text("evaluations.half-year-missing")));
    Read<CohortSitting> sittings = ProgrammeRecords.cohorts(cli, cohortFile);
    bad |= ProgrammeRecords.report(cli, sittings, List.of());
    HalfYearReport report =
        new EvaluationReporting(form).halfYear(period, responses.values(), sittings.values());
    Words w = cli.words();
    PrintWriter out = cli.out();
    out.println(
        w.get(
            "evaluations.title",
            period,
            w.number(report.cohortCount()),
            w.number(report.total().responses())));
    out.println();
    List<String> headings = new ArrayList<>(List.of(w.get("evaluations.question")));
    report.quarters().forEach(q -> headings.add(q.quarter().toString()));
    headings.add(w.get("evaluations.half-year"));
    TextTable table = new TextTable(headings.toArray(String[]::new));
    for (EvaluationQuestion q : form.questions()) {
      List<Object> row = new ArrayList<>(List.of(q.id().value()));
      for (QuarterSummary s : report.quarters()) {
        row.add(cell(s.scores(), q));
      }
      row.add(cell(report.total(), q));
      table.add(row.toArray());
    }
    List<Object> overall = new ArrayList<>(List.of(w.get("evaluations.overall")));
    report.quarters().forEach(s -> overall.add(overall(s.scores())));
    overall.add(overall(report.total()));
    table.add(overall.toArray());
    table.print(out);
    out.println();
    out.println(w.get("evaluations.comments", w.number(report.comments().size())));
    report.comments().forEach(c -> out.println("  - " + c));
    return bad ? 1 : 0;
  }

  /** What one cohort's teacher may see: means and comments, or nothing below the minimum. */
  private void teacherView(EvaluationForm form, List<EvaluationResponse> responses) {
    Words w = cli.words();
    CohortId cohort;
    try {
      cohort = CohortId.of(teacher.get());
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--teacher: " + e.getMessage());
    }
    TeacherView view = new EvaluationReporting(form).teacherView(cohort, responses);
    if (view instanceof TeacherView.Withheld withheld) {
      cli.out()
          .println(
              w.get(
                  "evaluations.withheld",
                  withheld.cohort(),
                  w.number(withheld.responses()),
                  w.number(withheld.minimum())));
      return;
    }
    TeacherView.Shown shown = (TeacherView.Shown) view;
    cli.out().println(w.get("evaluations.cohort", cohort, w.number(shown.scores().responses())));
    TextTable table = TextTable.headed(w.get("evaluations.teacher.heading"));
    for (EvaluationQuestion q : form.questions()) {
      table.add(q.id().value(), cell(shown.scores(), q));
    }
    table.add(w.get("evaluations.overall"), overall(shown.scores()));
    table.print(cli.out());
    shown.comments().forEach(c -> cli.out().println("  - " + c));
  }

  private String cell(ScoreSummary s, EvaluationQuestion q) {
    Double mean = s.means().get(q.id());
    return mean == null ? "–" : cli.words().decimal(mean, 2);
  }

  private String overall(ScoreSummary s) {
    return s.overall().map(v -> cli.words().decimal(v, 2)).orElse("–");
  }
}
