package dk.bif.examples.cli;

import dk.bif.core.competence.CompetenceFramework;
import dk.bif.core.competence.Profile;
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
 * {@code bif framework export [--framework case.json] [--out file]} writes the competence framework
 * as CASE 1.1 JSON; {@code bif framework check <case.json>} reads a CASE file and lists the
 * framework it holds.
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
        String json = FrameworkSource.cases().export(loaded, cli.clock().instant());
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
        CompetenceFramework loaded = FrameworkSource.load(Optional.of(file));
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
      }
      default ->
          throw new CommandLine.ParameterException(
              spec.commandLine(), cli.text("framework.unknown", action));
    }
    return 0;
  }
}
