package dk.bif.examples.cli;

import dk.bif.core.competence.CompetenceFramework;
import java.time.LocalDate;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The options more than one command takes, as picocli mixins. */
final class Options {

  private Options() {}

  /** {@code --date=YYYY-MM-DD}: the day to judge on, today unless given. */
  static final class AsOf {
    @Option(
        names = "--date",
        paramLabel = "YYYY-MM-DD",
        converter = Converters.Date.class,
        descriptionKey = "date")
    Optional<LocalDate> date = Optional.empty();

    /** The day given, or today by the run's clock. */
    LocalDate day(Cli cli) {
      return date.orElse(cli.today());
    }
  }

  /** {@code --framework=case.json}: a competence framework instead of the built-in one. */
  static final class Framework {
    @Option(names = "--framework", paramLabel = "<case.json>", descriptionKey = "framework")
    Optional<String> file = Optional.empty();

    /** The framework of the file given, or the built-in one. */
    CompetenceFramework load() {
      return FrameworkSource.load(file);
    }
  }
}
