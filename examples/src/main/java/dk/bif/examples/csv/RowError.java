package dk.bif.examples.csv;

import java.util.Objects;

/**
 * A row that could not be read.
 *
 * @param line the row's line number in the file, from 1 (the header is line 1)
 * @param reason what is wrong, naming the column and what was expected
 */
public record RowError(long line, String reason) {
  public RowError {
    Objects.requireNonNull(reason, "reason");
  }
}
