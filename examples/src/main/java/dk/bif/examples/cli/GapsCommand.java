package dk.bif.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.bif.core.benchmark.BenchmarkComparison;
import dk.bif.core.benchmark.NationalBenchmark;
import dk.bif.core.benchmark.ProfileComparison;
import dk.bif.core.catalogue.DevelopmentPlan;
import dk.bif.core.catalogue.PlanItem;
import dk.bif.core.competence.CompetenceSituation;
import dk.bif.core.competence.ProfileMatch;
import dk.bif.core.competence.ProfileSituation;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import java.util.stream.Collectors;

/** {@code bif gaps}: the four steps of the competence tool for one centre, as a table or JSON. */
final class GapsCommand extends ReportingCommand {

  private final Clock clock;

  GapsCommand(Clock clock) {
    this.clock = clock;
  }

  @Override
  public String name() {
    return "gaps";
  }

  @Override
  public String summary() {
    return "gap analysis and development plans for a centre (employees, ratings, need)";
  }

  @Override
  String usage() {
    return "gaps <centre-folder> [--json] [--framework case.json]";
  }

  @Override
  Set<String> flags() {
    return Set.of("json");
  }

  @Override
  Set<String> options() {
    return Set.of("framework");
  }

  @Override
  void execute(Arguments args, PrintStream out)
      throws Arguments.UsageException, InputException, IOException {
    Path folder = Path.of(onePositional(args, "centre folder"));
    CentreAnalysis analysis =
        CentreAnalysis.run(folder, FrameworkSource.load(args.option("framework")), clock);
    if (args.flag("json")) {
      out.println(
          new ObjectMapper()
              .enable(SerializationFeature.INDENT_OUTPUT)
              .writeValueAsString(json(analysis)));
    } else {
      table(analysis, out);
    }
  }

  private static void table(CentreAnalysis analysis, PrintStream out) {
    CompetenceSituation s = analysis.situation();
    out.printf(
        "Competence situation of %s on %s: %d staff, %d assessed%n%n",
        s.centre(), s.asOf(), s.staff(), s.assessedEmployees());
    out.printf(
        "%-24s %6s %8s %4s  %s%n", "profile", "needed", "matching", "gap", "nearest to matching");
    for (ProfileSituation p : s.profiles()) {
      out.printf(
          "%-24s %6d %8d %4d  %s%n",
          p.profile(),
          p.needed(),
          p.matchingCount(),
          p.gap(),
          p.candidates().stream()
              .map(m -> m.employee() + " (" + m.distance() + ")")
              .collect(Collectors.joining(", ")));
    }
    out.printf("%nDevelopment plans: %d employees%n", analysis.plans().size());
    for (DevelopmentPlan plan : analysis.plans()) {
      for (PlanItem item : plan.items()) {
        out.printf(
            "  %-10s %-40s %s .. %s  %s: %s%n",
            plan.employee(),
            item.entry(),
            item.start(),
            item.due(),
            item.profile(),
            item.closes().stream().map(Object::toString).collect(Collectors.joining(", ")));
      }
      if (!plan.uncovered().isEmpty()) {
        out.printf(
            "  %-10s no catalogue initiative builds: %s%n",
            plan.employee(),
            plan.uncovered().stream()
                .map(Object::toString)
                .sorted()
                .collect(Collectors.joining(", ")));
      }
    }
  }

  private static ObjectNode json(CentreAnalysis analysis) {
    ObjectMapper m = new ObjectMapper();
    CompetenceSituation s = analysis.situation();
    ObjectNode root = m.createObjectNode();
    root.put("centre", s.centre().value());
    root.put("asOf", s.asOf().toString());
    root.put("staff", s.staff());
    root.put("assessedEmployees", s.assessedEmployees());
    root.put("framework", analysis.framework().id().value());
    ArrayNode profiles = root.putArray("profiles");
    for (ProfileSituation p : s.profiles()) {
      ObjectNode n = profiles.addObject();
      n.put("profile", p.profile().value());
      n.put("needed", p.needed());
      n.put("matching", p.matchingCount());
      n.put("gap", p.gap());
      ArrayNode nearest = n.putArray("candidates");
      for (ProfileMatch c : p.candidates()) {
        ObjectNode cn = nearest.addObject();
        cn.put("employee", c.employee().value());
        cn.put("distance", c.distance());
        c.toDevelop().forEach(id -> cn.withArray("toDevelop").add(id.value()));
        ArrayNode options = cn.putArray("rankedInitiatives");
        analysis
            .options(c)
            .forEach(
                o -> {
                  ObjectNode on = options.addObject().put("initiative", o.entry().id().value());
                  o.builds().forEach(b -> on.withArray("builds").add(b.value()));
                });
      }
    }
    ArrayNode benchmark = root.putArray("benchmark");
    for (ProfileComparison c : new BenchmarkComparison(NationalBenchmark.survey2017()).compare(s)) {
      benchmark
          .addObject()
          .put("profile", c.profile().value())
          .put("centreNow", c.centreNow().label().en())
          .put("centreNeed", c.centreNeed().label().en())
          .put("percentOfHeadsInSameBandNow", c.headsSameNow())
          .put("percentOfHeadsWithSameIdeal", c.headsSameIdeal());
    }
    ArrayNode plans = root.putArray("plans");
    for (DevelopmentPlan plan : analysis.plans()) {
      ObjectNode pn = plans.addObject();
      pn.put("employee", plan.employee().value());
      ArrayNode items = pn.putArray("items");
      for (PlanItem item : plan.items()) {
        ObjectNode in = items.addObject();
        in.put("initiative", item.entry().value());
        in.put("profile", item.profile().value());
        in.put("start", item.start().toString());
        in.put("due", item.due().toString());
        item.closes().forEach(c -> in.withArray("closes").add(c.value()));
      }
      plan.uncovered().stream()
          .map(Object::toString)
          .sorted()
          .forEach(c -> pn.withArray("uncovered").add(c));
    }
    return root;
  }
}
