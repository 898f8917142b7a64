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
import dk.bif.core.competence.Profile;
import dk.bif.core.competence.ProfileMatch;
import dk.bif.core.competence.ProfileSituation;
import dk.bif.core.people.EmployeeId;
import dk.bif.examples.csv.EmployeeRow;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bif gaps <centre-folder> [--json] [--framework case.json] [--date YYYY-MM-DD]}: the four
 * steps of the competence tool for one centre, the basic competences included, with the development
 * plans (only initiatives the employees' admission levels let them take) and their cost.
 */
@Command(name = "gaps", mixinStandardHelpOptions = true)
final class GapsCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "<centre-folder>", descriptionKey = "folder")
  Path folder;

  @Option(names = "--json", descriptionKey = "json")
  boolean json;

  @Mixin Options.Framework framework;

  @Mixin Options.AsOf when;

  private final Cli cli;

  GapsCommand(Cli cli) {
    this.cli = cli;
  }

  @Override
  public Integer call() throws IOException {
    CentreAnalysis analysis = CentreAnalysis.run(cli, folder, framework.load(), when.day(cli));
    analysis.data().problems().forEach(cli.err()::println);
    if (json) {
      cli.out()
          .println(
              new ObjectMapper()
                  .enable(SerializationFeature.INDENT_OUTPUT)
                  .writeValueAsString(json(analysis)));
    } else {
      table(analysis);
    }
    return analysis.data().refused() == 0 ? 0 : 1;
  }

  private void table(CentreAnalysis analysis) {
    var w = cli.words();
    CompetenceSituation s = analysis.situation();
    Map<EmployeeId, String> names = names(analysis);
    cli.out()
        .println(
            w.get(
                "gaps.title",
                s.centre(),
                s.asOf(),
                w.number(s.staff()),
                w.number(s.assessedEmployees())));
    cli.out().println();
    TextTable profiles = TextTable.headed(w.get("gaps.heading"));
    for (ProfileSituation p : s.profiles()) {
      Profile profile = analysis.framework().profile(p.profile()).orElseThrow();
      profiles.add(
          w.language().equals("da") ? profile.focus().da() : profile.focus().en(),
          w.number(p.needed()),
          w.number(p.matchingCount()),
          w.number(p.gap()),
          p.candidates().stream()
              .map(m -> names.get(m.employee()) + " (" + w.number(m.distance()) + ")")
              .collect(Collectors.joining(", ")));
    }
    profiles.print(cli.out());
    cli.out().println();
    cli.out()
        .println(
            w.get(
                "gaps.plans",
                w.number(analysis.plans().size()),
                w.number(analysis.cost().items()),
                w.kroner(analysis.cost().kroner()),
                w.number(analysis.cost().unpricedItems())));
    for (DevelopmentPlan plan : analysis.plans()) {
      String who = names.get(plan.employee());
      for (PlanItem item : plan.items()) {
        cli.out()
            .println(
                "  "
                    + who
                    + "  "
                    + title(analysis, item)
                    + "  "
                    + item.start()
                    + " .. "
                    + item.due()
                    + "  "
                    + item.closes().stream()
                        .map(Object::toString)
                        .collect(Collectors.joining(", ")));
      }
      if (!plan.uncovered().isEmpty()) {
        cli.out()
            .println(
                "  "
                    + who
                    + "  "
                    + w.get(
                        "gaps.uncovered",
                        plan.uncovered().stream()
                            .map(Object::toString)
                            .sorted()
                            .collect(Collectors.joining(", "))));
      }
      for (DevelopmentPlan.NotAdmitted n : plan.notAdmitted()) {
        cli.out()
            .println("  " + who + "  " + w.get("gaps.not-admitted", n.because().text(w.locale())));
      }
    }
  }

  private String title(CentreAnalysis analysis, PlanItem item) {
    return analysis
        .data()
        .catalogue()
        .entry(item.entry())
        .map(e -> cli.words().language().equals("da") ? e.title().da() : e.title().en())
        .orElse(item.entry().value());
  }

  static Map<EmployeeId, String> names(CentreAnalysis analysis) {
    Map<EmployeeId, String> names = new HashMap<>();
    for (EmployeeRow row : analysis.data().employees()) {
      names.put(row.employee().id(), row.employee().name() + " (" + row.employee().id() + ")");
    }
    return names;
  }

  private ObjectNode json(CentreAnalysis analysis) {
    ObjectMapper m = new ObjectMapper();
    CompetenceSituation s = analysis.situation();
    Map<EmployeeId, String> names = names(analysis);
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
      n.put("kind", analysis.framework().profile(p.profile()).orElseThrow().kind().name());
      n.put("needed", p.needed());
      n.put("matching", p.matchingCount());
      n.put("gap", p.gap());
      ArrayNode nearest = n.putArray("candidates");
      for (ProfileMatch c : p.candidates()) {
        ObjectNode cn = nearest.addObject();
        cn.put("employee", c.employee().value());
        cn.put("name", names.get(c.employee()));
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
    ObjectNode cost = root.putObject("cost");
    cost.put("plans", analysis.cost().plans());
    cost.put("items", analysis.cost().items());
    cost.put("kroner", analysis.cost().kroner());
    cost.put("unpricedItems", analysis.cost().unpricedItems());
    ArrayNode plans = root.putArray("plans");
    for (DevelopmentPlan plan : analysis.plans()) {
      ObjectNode pn = plans.addObject();
      pn.put("employee", plan.employee().value());
      pn.put("name", names.get(plan.employee()));
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
      for (DevelopmentPlan.NotAdmitted n : plan.notAdmitted()) {
        pn.withArray("notAdmitted")
            .addObject()
            .put("initiative", n.entry().value())
            .put("reason", n.because().text(cli.words().locale()));
      }
    }
    return root;
  }
}
