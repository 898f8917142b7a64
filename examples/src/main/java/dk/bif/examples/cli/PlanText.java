package dk.bif.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dk.bif.examples.language.Words;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Writes a {@link PlanReport} as text in the output's language, or as JSON. */
final class PlanText {

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .enable(SerializationFeature.INDENT_OUTPUT);

  private PlanText() {}

  static void json(PlanReport report, PrintWriter out) {
    try {
      out.println(JSON.writeValueAsString(report));
    } catch (IOException e) {
      throw new IllegalStateException("the plan could not be written as JSON", e);
    }
  }

  static void text(PlanReport report, Words w, PrintWriter out) {
    out.println(
        w.get(
            "plan.title",
            report.asOf(),
            w.number(report.employeesRead()),
            report.source(),
            w.number(report.rejectedRows().size())));
    out.println();
    out.println(w.get("plan.summary"));
    List<String> headings = new ArrayList<>(List.of(w.get("plan.part")));
    PlanReport.STATUSES.forEach(s -> headings.add(w.get("status.heading." + s)));
    TextTable summary = new TextTable(headings.toArray(String[]::new));
    for (PlanReport.PartSummary part : report.summary()) {
      List<Object> cells = new ArrayList<>(List.of(part.partName()));
      PlanReport.STATUSES.forEach(s -> cells.add(w.number(part.counts().get(s))));
      summary.add(cells.toArray());
    }
    summary.print(out);
    out.println();
    out.println(w.get("plan.employees", w.number(report.employees().size())));
    int nameWidth =
        report.employees().stream()
            .flatMap(e -> e.parts().stream())
            .mapToInt(p -> p.partName().length())
            .max()
            .orElse(0);
    int statusWidth =
        report.employees().stream()
            .flatMap(e -> e.parts().stream())
            .mapToInt(p -> status(p, w).length())
            .max()
            .orElse(0);
    for (PlanReport.EmployeePlan e : report.employees()) {
      out.println(w.get("plan.employee", e.name(), e.employee(), e.centre(), e.levelReason()));
      for (PlanReport.PartPlan p : e.parts()) {
        out.println(
            ("  "
                    + pad(p.partName(), nameWidth)
                    + "  "
                    + pad(status(p, w), statusWidth)
                    + "  "
                    + p.reason())
                .stripTrailing());
        if (p.nextStep() != null) {
          out.println("  " + " ".repeat(nameWidth + 2) + w.get("status.next", p.nextStep()));
        }
      }
    }
    out.println();
    out.println(w.get("plan.cohorts", w.number(report.cohorts().size())));
    if (!report.cohorts().isEmpty()) {
      TextTable cohorts = TextTable.headed(w.get("plan.cohort.heading"));
      for (PlanReport.Cohort c : report.cohorts()) {
        cohorts.add(
            c.id(),
            c.partName(),
            w.number(c.size()),
            w.number(c.studyGroups().size()),
            w.number(c.centres()),
            w.get(
                "plan.largest",
                c.largestCentre(),
                w.number(c.centreMix().get(c.largestCentre())),
                w.percent(c.largestShare() * 100)),
            join(c.levels(), w),
            join(c.centreMix(), w));
      }
      cohorts.print(out);
    }
    for (PlanReport.Waiting wait : report.waiting()) {
      out.println();
      out.println(
          w.get("plan.waiting", wait.partName(), w.number(wait.employees().size()), wait.reason()));
      out.println("  " + String.join(", ", wait.employees()));
    }
  }

  /** The status with its date, e.g. "frist 2026-03-01". */
  static String status(PlanReport.PartPlan p, Words w) {
    if (p.status().equals("all-attempts-used")) {
      return w.get(
          "status." + p.status(),
          p.date(),
          dk.bif.core.exam.ExamAttemptPolicy.DEFAULT_MAX_ATTEMPTS);
    }
    return w.get("status." + p.status(), p.date());
  }

  private static String pad(String text, int width) {
    return text + " ".repeat(Math.max(0, width - text.length()));
  }

  private static String join(Map<String, Integer> counts, Words w) {
    List<String> parts = new ArrayList<>();
    counts.forEach((k, v) -> parts.add(k + " " + w.number(v)));
    return String.join(", ", parts);
  }
}
