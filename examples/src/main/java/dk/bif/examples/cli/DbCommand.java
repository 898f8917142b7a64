package dk.bif.examples.cli;

import dk.bif.store.jdbc.StoreSettings;
import dk.bif.store.jdbc.Stores;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bif db <command> ...}: the command line on a database that keeps its data between runs. By
 * default an embedded H2 database under {@code ~/.bif/data} (or {@code --data DIR}); PostgreSQL
 * when {@code BIF_DB_URL}, {@code BIF_DB_USER} and {@code BIF_DB_PASSWORD} are set, or {@code
 * BIF_DB_CONFIG} names a properties file. The coordinator's imports ({@code import}, {@code
 * sittings}, {@code attendance}, {@code calendar}, {@code prior-learning}, {@code permanent},
 * {@code leave}) report every bad row as {@code file:line: reason} and keep every good one; {@code
 * plan} plans from what is kept, {@code erase} erases one person, {@code info} says where the
 * database is.
 */
@Command(name = "db", mixinStandardHelpOptions = true)
final class DbCommand implements Runnable {

  /** Kept so that the level set on it stays (JUL holds loggers weakly). */
  private static final java.util.logging.Logger FLYWAY_LOG =
      java.util.logging.Logger.getLogger("org.flywaydb");

  static {
    // the command line reports what it did itself; the libraries' INFO lines are noise here (the
    // SLF4J ones are kept at WARN by the jar's logback.xml)
    FLYWAY_LOG.setLevel(java.util.logging.Level.WARNING);
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private DbCommand() {}

  /**
   * {@code bif db} with its commands, for {@link BifCommand#register}.
   *
   * @param cli the run
   * @return the command line of {@code db}
   */
  static CommandLine commands(Cli cli) {
    return new CommandLine(new DbCommand())
        .addSubcommand(new DbImportCommand(cli))
        .addSubcommand(new DbSittingsCommand(cli))
        .addSubcommand(new DbAttendanceCommand(cli))
        .addSubcommand(new DbCalendarCommand(cli))
        .addSubcommand(new DbPriorLearningCommand(cli))
        .addSubcommand(new DbPermanentCommand(cli))
        .addSubcommand(new DbLeaveCommand(cli))
        .addSubcommand(new DbPlanCommand(cli))
        .addSubcommand(new DbEraseCommand(cli))
        .addSubcommand(new DbInfoCommand(cli));
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "say what to do: " + String.join(", ", spec.subcommands().keySet()));
  }

  /** {@code --data DIR}: where the embedded database is; every {@code db} command takes it. */
  static final class DataOption {
    @Option(names = "--data", paramLabel = "DIR", descriptionKey = "data")
    Optional<Path> directory = Optional.empty();

    /**
     * Opens the stores, runs {@code action} and closes them.
     *
     * @param cli the run
     * @param action what to do with the stores; returns the exit code
     * @return the exit code
     */
    int withStores(Cli cli, Function<Stores, Integer> action) {
      StoreSettings settings;
      try {
        settings =
            Stores.settingsFrom(
                cli.environment(), directory.orElse(StoreSettings.defaultDirectory()));
      } catch (IOException | IllegalArgumentException e) {
        throw new InputException(e.getMessage());
      }
      try (Stores stores = Stores.open(settings, cli.clock())) {
        return action.apply(stores);
      } catch (InputException e) {
        throw e;
      } catch (RuntimeException e) {
        throw new InputException(cli.text("db.failed", settings.jdbcUrl(), e.getMessage()));
      }
    }

    /** Where the database is, as {@code info} and {@code plan} name it. */
    String where(Cli cli) {
      try {
        return Stores.settingsFrom(
                cli.environment(), directory.orElse(StoreSettings.defaultDirectory()))
            .jdbcUrl();
      } catch (IOException | IllegalArgumentException e) {
        throw new InputException(e.getMessage());
      }
    }
  }
}
