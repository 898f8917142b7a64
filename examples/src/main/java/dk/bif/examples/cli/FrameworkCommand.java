package dk.bif.examples.cli;

import dk.bif.core.competence.CompetenceFramework;
import dk.bif.core.competence.Profile;
import dk.bif.interchange.casejson.CaseImport;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Set;

/**
 * {@code bif framework export|check}: writes the competence framework as CASE 1.1 JSON, or reads a
 * CASE file, lists the framework it holds and every item that does not fit. The export's URIs start
 * with the tool's public address ({@code --public-url} or {@code BIF_PUBLIC_URL}); its {@code
 * lastChangeDateTime} is when the framework last changed, so an unchanged framework exports to the
 * same bytes.
 */
final class FrameworkCommand extends ReportingCommand {

  private final Map<String, String> environment;

  FrameworkCommand(Clock clock) {
    this(clock, System.getenv());
  }

  FrameworkCommand(Clock clock, Map<String, String> environment) {
    this.environment = environment;
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
    return "framework export [--framework case.json] [--public-url URL] [--out file]"
        + " | framework check <case.json>";
  }

  @Override
  Set<String> options() {
    return Set.of("out", "framework", "public-url");
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
        String json =
            FrameworkSource.cases(FrameworkSource.publicUrl(args.option("public-url"), environment))
                .export(framework, FrameworkSource.lastChange(args.option("framework")));
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
        Path file = Path.of(args.positional().get(1));
        CaseImport read = FrameworkSource.report(file);
        CompetenceFramework framework = read.framework();
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
        read.lastChange().ifPresent(t -> out.println("last changed " + t));
        if (read.ignoredAssociations() > 0) {
          out.printf(
              "%d association(s) other than isChildOf left aside: bif keeps only the tree%n",
              read.ignoredAssociations());
        }
        if (!read.unplaced().isEmpty()) {
          out.printf("%d item(s) cannot be placed:%n", read.unplaced().size());
          for (CaseImport.UnplacedItem u : read.unplaced()) {
            out.printf("  %s \"%s\": %s%n", u.identifier(), u.statement(), u.reason());
          }
          throw new InputException(
              file.getFileName()
                  + ": "
                  + read.unplaced().size()
                  + " item(s) cannot be placed (listed above)");
        }
      }
      default ->
          throw new Arguments.UsageException(
              "unknown action '" + args.positional().get(0) + "'; expected export or check");
    }
  }
}
