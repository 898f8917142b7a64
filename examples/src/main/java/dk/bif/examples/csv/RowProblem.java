package dk.bif.examples.csv;

/**
 * What is wrong with one row, in the reader's language: the row is refused, or read without the
 * cell, and the message is reported as {@code file:line: message}.
 */
public final class RowProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what is wrong, naming the column and what was expected
   */
  public RowProblem(String message) {
    super(message);
  }
}
