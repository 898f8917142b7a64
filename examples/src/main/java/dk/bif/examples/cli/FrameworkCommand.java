package dk.bif.examples.cli;

import dk.bif.core.competence.CompetenceFramework;
import dk.bif.core.competence.Profile;
import dk.bif.interchange.casejson.CaseImport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bif framework export [--framework case.json] [--public-url URL] [--out file]} writes the
 * competence framework as CASE 1.1 JSON, its URIs under the tool's public address ({@code
 * --public-url} or {@code BIF_PUBLIC_URL}) and its {@code lastChangeDateTime} when the framework
 * last changed, so an unchanged framework exports to the same bytes; {@code bif framework check
 * <case.json>} reads a CASE file, lists the framework it holds and every item that does not fit
 * (exit 1 when one does not).
 */
@Command(name = "framework", mixinStandardHelpOptions = true)
final class FrameworkCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "export|check", descriptionKey = "action")
  String action;

  @Parameters(index = "1", arity = "0..1", paramLabel = "<case.json>", descriptionKey = "case")
  Optional<String> caseFile;

  @Option(names = "--out", paramLabel = "<file>", descriptionKey = "out")
  Optional<Path> out;

  @Option(names = "--framework", paramLabel = "<case.json>", descriptionKey = "framework")
  Optional<String> framework;

  @Option(names = "--public-url", paramLabel = "URL", descriptionKey = "public-url")
  Optional<String> publicUrl;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private final Cli cli;

  FrameworkCommand(Cli cli) {
    this.cli = cli;
  }

  @Override
  public Integer call() throws IOException {
    switch (action) {
      case "export" -> {
        CompetenceFramework loaded = FrameworkSource.load(framework);
        String json =
            FrameworkSource.cases(FrameworkSource.publicUrl(publicUrl, cli.environment()))
                .export(loaded, FrameworkSource.lastChange(framework));
        if (out.isPresent()) {
          Files.writeString(out.get(), json);
          cli.out()
              .println(
                  cli.text(
                      "framework.wrote",
                      out.get(),
                      cli.words().number(loaded.competences().size())));
        } else {
          cli.out().println(json);
        }
      }
      case "check" -> {
        String file =
            caseFile.orElseThrow(
                () ->
                    new CommandLine.ParameterException(
                        spec.commandLine(), cli.text("framework.check-needs-file")));
        Path path = Path.of(file);
        CaseImport read = FrameworkSource.report(path);
        CompetenceFramework loaded = read.framework();
        boolean danish = cli.words().language().equals("da");
        cli.out()
            .println(
                cli.text(
                    "framework.checked",
                    danish ? loaded.title().da() : loaded.title().en(),
                    loaded.id(),
                    loaded.version(),
                    cli.words().number(loaded.profiles().size()),
                    cli.words().number(loaded.competences().size()),
                    loaded.scale().maxRank(),
                    loaded.scale().proficientRank()));
        TextTable profiles = TextTable.headed(cli.text("framework.heading"));
        for (Profile p : loaded.profiles()) {
          profiles.add(
              p.id(),
              cli.words().number(p.competences().size()),
              danish ? p.name().da() : p.name().en());
        }
        profiles.print(cli.out());
        read.lastChange().ifPresent(t -> cli.out().println(cli.text("framework.last-changed", t)));
        if (read.ignoredAssociations() > 0) {
          cli.out()
              .println(
                  cli.text(
                      "framework.associations-ignored",
                      cli.words().number(read.ignoredAssociations())));
        }
        if (!read.unplaced().isEmpty()) {
          cli.out()
              .println(cli.text("framework.unplaced", cli.words().number(read.unplaced().size())));
          for (CaseImport.UnplacedItem u : read.unplaced()) {
            cli.out().println("  " + u.identifier() + " \"" + u.statement() + "\": " + u.reason());
          }
          throw new InputException(
              cli.text(
                  "framework.unplaced-refused",
                  path.getFileName(),
                  cli.words().number(read.unplaced().size())));
        }
      }
      default ->
          throw new CommandLine.ParameterException(
              spec.commandLine(), cli.text("framework.unknown", action));
    }
    return 0;
  }
}
