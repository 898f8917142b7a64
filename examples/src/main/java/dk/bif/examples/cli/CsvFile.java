package dk.bif.examples.cli;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Reads a CSV file with a header row, naming the file, line and column in every error. */
final class CsvFile {

  private CsvFile() {}

  /** One data row: its line number (header is line 1) and its cells by column name. */
  record Row(Path file, int line, Map<String, String> cells) {

    /** The cell of {@code column}, which must be present and not blank. */
    String get(String column) throws InputException {
      String value = cells.get(column);
      if (value == null || value.isBlank()) {
        throw error(column, "is missing");
      }
      return value.strip();
    }

    /** The cell of {@code column}, or "" when absent. */
    String optional(String column) {
      String value = cells.get(column);
      return value == null ? "" : value.strip();
    }

    int integer(String column) throws InputException {
      String value = get(column);
      try {
        return Integer.parseInt(value);
      } catch (NumberFormatException e) {
        throw error(column, "'" + value + "' is not a whole number");
      }
    }

    java.time.LocalDate date(String column) throws InputException {
      String value = get(column);
      try {
        return java.time.LocalDate.parse(value);
      } catch (java.time.format.DateTimeParseException e) {
        throw error(column, "'" + value + "' is not a date (expected YYYY-MM-DD)");
      }
    }

    /** Builds a value from the cell, turning a refusal into an error naming the cell. */
    <T> T as(String column, Function<String, T> factory) throws InputException {
      String value = get(column);
      try {
        return factory.apply(value);
      } catch (IllegalArgumentException e) {
        throw error(column, e.getMessage());
      }
    }

    InputException error(String column, String problem) {
      return new InputException(
          file.getFileName() + " line " + line + ", column '" + column + "': " + problem);
    }

    InputException error(String problem) {
      return new InputException(file.getFileName() + " line " + line + ": " + problem);
    }
  }

  /** Reads every row of {@code file}. */
  static List<Row> read(Path file) throws InputException {
    if (!Files.isRegularFile(file)) {
      throw new InputException("cannot read " + file + ": no such file");
    }
    CsvMapper mapper = new CsvMapper();
    List<Row> rows = new ArrayList<>();
    try (MappingIterator<Map<String, String>> it =
        mapper
            .readerForMapOf(String.class)
            .with(CsvSchema.emptySchema().withHeader())
            .readValues(file.toFile())) {
      int line = 1;
      while (it.hasNextValue()) {
        line++;
        rows.add(new Row(file, line, it.nextValue()));
      }
    } catch (IOException | RuntimeException e) {
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      throw new InputException(
          "cannot read "
              + file.getFileName()
              + " as CSV: "
              + message.lines().findFirst().orElse(""));
    }
    return rows;
  }
}
