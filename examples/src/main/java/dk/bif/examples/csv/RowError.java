package dk.bif.examples.csv;

import java.util.Objects;

/**
 * A row that could not be read, or was read with a remark.
 *
 * @param line the physical line number in the file, from 1 (the header is line 1)
 * @param reason what is wrong, naming the column and what was expected
 */
public record RowError(long line, String reason) {
  public RowError {
    Objects.requireNonNull(reason, "reason");
  }

  /**
   * @param file the file's name
   * @return {@code file:line: reason}, as every command reports it
   */
  public String at(String file) {
    return file + ":" + line + ": " + reason;
  }
}
