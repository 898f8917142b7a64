package dk.bif.examples.cli;

import dk.bif.core.competence.CompetenceFramework;
import dk.bif.core.competence.Profile;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;

/**
 * {@code bif framework export|check}: writes the competence framework as CASE 1.1 JSON, or reads a
 * CASE file and lists the framework it holds.
 */
final class FrameworkCommand extends ReportingCommand {

  private final Clock clock;

  FrameworkCommand(Clock clock) {
    this.clock = clock;
  }

  @Override
  public String name() {
    return "framework";
  }

  @Override
  public String summary() {
    return "export the competence framework as CASE 1.1 JSON, or check a CASE file";
  }

  @Override
  String usage() {
    return "framework export [--framework case.json] [--out file] | framework check <case.json>";
  }

  @Override
  Set<String> options() {
    return Set.of("out", "framework");
  }

  @Override
  void execute(Arguments args, PrintStream out)
      throws Arguments.UsageException, InputException, IOException {
    if (args.positional().isEmpty()) {
      throw new Arguments.UsageException("expected export or check");
    }
    switch (args.positional().get(0)) {
      case "export" -> {
        CompetenceFramework framework = FrameworkSource.load(args.option("framework"));
        String json = FrameworkSource.cases().export(framework, clock.instant());
        if (args.option("out").isPresent()) {
          Path path = Path.of(args.option("out").get());
          Files.writeString(path, json);
          out.println("wrote " + path + " (" + framework.competences().size() + " competences)");
        } else {
          out.println(json);
        }
      }
      case "check" -> {
        if (args.positional().size() != 2) {
          throw new Arguments.UsageException("check expects one CASE file");
        }
        CompetenceFramework framework =
            FrameworkSource.load(java.util.Optional.of(args.positional().get(1)));
        out.printf(
            "%s (%s), version %s: %d profiles, %d competences, scale 1..%d, proficient from %d%n",
            framework.title().da(),
            framework.id(),
            framework.version(),
            framework.profiles().size(),
            framework.competences().size(),
            framework.scale().maxRank(),
            framework.scale().proficientRank());
        for (Profile p : framework.profiles()) {
          out.printf(
              "  %-24s %2d competences  %s%n", p.id(), p.competences().size(), p.name().da());
        }
      }
      default ->
          throw new Arguments.UsageException(
              "unknown action '" + args.positional().get(0) + "'; expected export or check");
    }
  }
}
