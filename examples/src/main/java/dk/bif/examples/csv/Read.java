package dk.bif.examples.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The good rows of a CSV file as values, with the errors of the bad rows and the remarks, each with
 * its physical line number.
 *
 * @param file the file's name, as problems name it
 * @param values the values of the good rows, in file order
 * @param lines the physical line of each value, in the same order
 * @param errors the rows refused
 * @param notes what was read with a remark
 * @param <T> the values' type
 */
public record Read<T>(
    String file, List<T> values, List<Long> lines, List<RowError> errors, List<RowError> notes) {
  public Read {
    values = List.copyOf(values);
    lines = List.copyOf(lines);
    errors = List.copyOf(errors);
    notes = List.copyOf(notes);
  }

  /**
   * Reads every row of a table into a value; a row whose reading throws a {@link RowProblem} or an
   * {@link IllegalArgumentException} (a refusal of the core) is an error, and reading goes on.
   *
   * @param table the table
   * @param row reads one row
   * @param <T> the values' type
   * @return the values and the errors
   */
  public static <T> Read<T> of(CsvTable table, Function<CsvRow, T> row) {
    List<T> values = new ArrayList<>();
    List<Long> lines = new ArrayList<>();
    List<RowError> errors = new ArrayList<>(table.errors());
    for (CsvRow r : table.rows()) {
      try {
        values.add(row.apply(r));
        lines.add(r.line());
      } catch (RowProblem | IllegalArgumentException | IllegalStateException e) {
        errors.add(new RowError(r.line(), e.getMessage()));
      }
    }
    errors.sort(java.util.Comparator.comparingLong(RowError::line));
    return new Read<>(table.file(), values, lines, errors, table.notes());
  }

  /** Every error and note as {@code file:line: reason}, errors and notes in line order. */
  public List<String> problems() {
    List<RowError> all = new ArrayList<>(errors);
    all.addAll(notes);
    all.sort(java.util.Comparator.comparingLong(RowError::line));
    return all.stream().map(e -> e.at(file)).toList();
  }
}
