package dk.bif.examples.cli;

import dk.bif.core.enrolment.CohortId;
import dk.bif.core.evaluation.EvaluationForm;
import dk.bif.core.evaluation.EvaluationQuestion;
import dk.bif.core.evaluation.EvaluationReporting;
import dk.bif.core.evaluation.HalfYear;
import dk.bif.core.evaluation.HalfYearReport;
import dk.bif.core.evaluation.QuarterSummary;
import dk.bif.core.evaluation.ScoreSummary;
import dk.bif.core.evaluation.TeacherView;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/** {@code bif evaluations}: the half-year evaluation summary for the steering group. */
final class EvaluationsCommand extends ReportingCommand {

  @Override
  public String name() {
    return "evaluations";
  }

  @Override
  public String summary() {
    return "half-year evaluation summary, per quarter of the cohorts' exams";
  }

  @Override
  String usage() {
    return "evaluations <evaluations.csv> <cohorts.csv> --half-year YYYY-H1|YYYY-H2"
        + " | evaluations <evaluations.csv> --teacher COHORT";
  }

  @Override
  Set<String> options() {
    return Set.of("half-year", "teacher");
  }

  @Override
  void execute(Arguments args, PrintStream out) throws Arguments.UsageException, InputException {
    if (args.option("teacher").isPresent()) {
      teacherView(args, out);
      return;
    }
    if (args.positional().size() != 2) {
      throw new Arguments.UsageException("expected the evaluations file and the cohorts file");
    }
    HalfYear period;
    try {
      period =
          HalfYear.parse(
              args.option("half-year")
                  .orElseThrow(() -> new Arguments.UsageException("--half-year is required")));
    } catch (IllegalArgumentException e) {
      throw new Arguments.UsageException("--half-year: " + e.getMessage());
    }
    EvaluationForm form = EvaluationForm.standard();
    HalfYearReport report =
        new EvaluationReporting(form)
            .halfYear(
                period,
                ProgrammeRecords.evaluations(Path.of(args.positional().get(0)), form),
                ProgrammeRecords.cohorts(Path.of(args.positional().get(1))));
    out.printf(
        Locale.ROOT,
        "Participant evaluation %s: %d cohorts, %d responses%n%n",
        period,
        report.cohortCount(),
        report.total().responses());
    out.printf(Locale.ROOT, "%-24s", "question (1-5)");
    report.quarters().forEach(q -> out.printf(Locale.ROOT, "%10s", q.quarter()));
    out.printf(Locale.ROOT, "%10s%n", "half-year");
    for (EvaluationQuestion q : form.questions()) {
      out.printf(Locale.ROOT, "%-24s", q.id());
      for (QuarterSummary s : report.quarters()) {
        out.print(cell(s.scores(), q));
      }
      out.println(cell(report.total(), q));
    }
    out.printf(Locale.ROOT, "%-24s", "overall");
    report.quarters().forEach(s -> out.print(overall(s.scores())));
    out.println(overall(report.total()));
    out.printf(Locale.ROOT, "%n%d comments:%n", report.comments().size());
    report.comments().forEach(c -> out.println("  - " + c));
  }

  /** What one cohort's teacher may see: means and comments, or nothing below the minimum. */
  private static void teacherView(Arguments args, PrintStream out)
      throws Arguments.UsageException, InputException {
    if (args.positional().size() != 1) {
      throw new Arguments.UsageException("--teacher expects the evaluations file only");
    }
    EvaluationForm form = EvaluationForm.standard();
    CohortId cohort;
    try {
      cohort = CohortId.of(args.option("teacher").get());
    } catch (IllegalArgumentException e) {
      throw new Arguments.UsageException("--teacher: " + e.getMessage());
    }
    TeacherView view =
        new EvaluationReporting(form)
            .teacherView(
                cohort, ProgrammeRecords.evaluations(Path.of(args.positional().get(0)), form));
    if (view instanceof TeacherView.Withheld w) {
      out.printf(
          Locale.ROOT,
          "Cohort %s: %d responses; withheld from the teacher below %d so no answer points at a"
              + " participant%n",
          w.cohort(),
          w.responses(),
          w.minimum());
      return;
    }
    TeacherView.Shown shown = (TeacherView.Shown) view;
    out.printf(Locale.ROOT, "Cohort %s: %d responses%n", cohort, shown.scores().responses());
    for (EvaluationQuestion q : form.questions()) {
      out.printf(Locale.ROOT, "%-24s%s%n", q.id(), cell(shown.scores(), q));
    }
    out.printf(Locale.ROOT, "%-24s%s%n", "overall", overall(shown.scores()));
    shown.comments().forEach(c -> out.println("  - " + c));
  }

  private static String cell(ScoreSummary s, EvaluationQuestion q) {
    Double mean = s.means().get(q.id());
    return mean == null ? String.format("%10s", "-") : String.format(Locale.ROOT, "%10.2f", mean);
  }

  private static String overall(ScoreSummary s) {
    return s.overall()
        .map(v -> String.format(Locale.ROOT, "%10.2f", v))
        .orElse(String.format("%10s", "-"));
  }
}
