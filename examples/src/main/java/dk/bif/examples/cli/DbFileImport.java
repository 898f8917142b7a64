package dk.bif.examples.cli;

import dk.bif.examples.csv.CsvRow;
import dk.bif.examples.csv.Read;
import dk.bif.examples.csv.RowError;
import dk.bif.examples.csv.RowProblem;
import dk.bif.store.jdbc.Stores;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * The shape of a coordinator's import with {@code bif db}: read a CSV file, keep every good row on
 * the database, report every bad one as {@code file:line: reason}, say what was recorded. A row
 * already on record is counted, not recorded twice. Exit code 0 when no row was refused, else 1.
 *
 * @param <T> a row of the file
 */
abstract class DbFileImport<T> implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "<file.csv>", descriptionKey = "file")
  Path file;

  @Mixin DbCommand.DataOption data;

  /** The run. */
  final Cli cli;

  /** What applying one row did. */
  enum Applied {
    RECORDED,
    ALREADY
  }

  DbFileImport(Cli cli) {
    this.cli = cli;
  }

  /** The columns the file's header must name. */
  abstract List<String> columns();

  /** Reads one row, refusing it with a {@link RowProblem}. */
  abstract T read(CsvRow row);

  /** The line a row was read from. */
  abstract long line(T row);

  /**
   * Keeps one row on the database.
   *
   * @throws RowProblem or {@link IllegalArgumentException} when the row is refused
   */
  abstract Applied apply(Stores stores, T row);

  /** What the import did, as one line: the text's key takes the recorded and already counts. */
  abstract String done(int recorded, int already);

  /** Called with every good row before any is applied. */
  void prepare(Stores stores, List<T> rows) {}

  /** The order the good rows are applied in: the file's, unless a command needs another. */
  List<T> order(List<T> rows) {
    return rows;
  }

  @Override
  public final Integer call() {
    return data.withStores(
        cli,
        stores -> {
          Read<T> read = Imports.read(cli, file, columns(), this::read);
          prepare(stores, read.values());
          List<RowError> refused = new ArrayList<>();
          int recorded = 0;
          int already = 0;
          for (T row : order(read.values())) {
            try {
              if (apply(stores, row) == Applied.RECORDED) {
                recorded++;
              } else {
                already++;
              }
            } catch (RowProblem | IllegalArgumentException | IllegalStateException e) {
              refused.add(new RowError(line(row), e.getMessage()));
            }
          }
          int code = Imports.report(cli, read, refused);
          cli.out().println(done(recorded, already));
          return code;
        });
  }
}
