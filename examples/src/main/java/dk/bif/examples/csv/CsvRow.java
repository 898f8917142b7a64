package dk.bif.examples.csv;

import dk.bif.examples.language.Words;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One row of a {@link CsvTable}: its physical line number and its cells by column name. The getters
 * strip blanks, treat an empty cell as absent and throw a {@link RowProblem} that names the column
 * and what was expected, in the reader's language.
 */
public final class CsvRow {

  private final long line;
  private final Map<String, List<Integer>> columns;
  private final List<String> cells;
  private final Words words;

  CsvRow(long line, Map<String, List<Integer>> columns, List<String> cells, Words words) {
    this.line = line;
    this.columns = columns;
    this.cells = cells;
    this.words = words;
  }

  /** The physical line the row starts on (the header is line 1). */
  public long line() {
    return line;
  }

  /** Whether every cell is empty. */
  public boolean blank() {
    return cells.stream().allMatch(String::isBlank);
  }

  /**
   * @param column a column name (lower case)
   * @return the stripped cell, or empty when the column is missing or the cell is empty
   * @throws RowProblem when the column is named twice and the two cells differ
   */
  public Optional<String> optional(String column) {
    List<Integer> at = columns.get(column);
    if (at == null) {
      return Optional.empty();
    }
    String value = null;
    for (int i : at) {
      String cell = i < cells.size() ? cells.get(i).strip() : "";
      if (cell.isEmpty()) {
        continue;
      }
      if (value != null && !value.equals(cell)) {
        throw problem("csv.duplicate-differs", column, value, cell);
      }
      value = cell;
    }
    return Optional.ofNullable(value);
  }

  /**
   * @param column a column name
   * @return the stripped cell
   * @throws RowProblem when it is empty
   */
  public String required(String column) {
    return optional(column).orElseThrow(() -> problem("cell.required", column));
  }

  /**
   * @param column a column name
   * @param expected the key of what the cell should hold, e.g. {@code expect.date}
   * @param parse reads the cell; an {@link IllegalArgumentException} or a {@link
   *     DateTimeParseException} means the cell is not what was expected
   * @return the value, or empty when the cell is empty
   * @throws RowProblem naming the column, the cell and what was expected
   */
  public <T> Optional<T> optional(String column, String expected, Function<String, T> parse) {
    return optional(column).map(v -> parsed(column, v, expected, parse));
  }

  /**
   * @param column a column name
   * @param expected the key of what the cell should hold
   * @param parse reads the cell
   * @return the value
   * @throws RowProblem when the cell is empty or not what was expected
   */
  public <T> T required(String column, String expected, Function<String, T> parse) {
    return parsed(column, required(column), expected, parse);
  }

  /** A date cell, {@code YYYY-MM-DD}. */
  public Optional<LocalDate> date(String column) {
    return optional(column, "expect.date", LocalDate::parse);
  }

  /** A required date cell, {@code YYYY-MM-DD}. */
  public LocalDate requiredDate(String column) {
    return required(column, "expect.date", LocalDate::parse);
  }

  /**
   * A problem with this row.
   *
   * @param key the text's key
   * @param facts its facts
   * @return the problem, to throw
   */
  public RowProblem problem(String key, Object... facts) {
    return new RowProblem(words.get(key, facts));
  }

  /**
   * @param key a text's key
   * @return the text in the reader's language, e.g. what a cell should hold
   */
  public String words(String key) {
    return words.get(key);
  }

  private <T> T parsed(String column, String value, String expected, Function<String, T> parse) {
    try {
      return parse.apply(value);
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw problem("cell.not", column, value, words.get(expected));
    }
  }
}
