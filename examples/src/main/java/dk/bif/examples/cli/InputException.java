package dk.bif.examples.cli;

/** Bad user input: the message names the file, line or field and what was expected. */
final class InputException extends Exception {

  private static final long serialVersionUID = 1L;

  InputException(String message) {
    super(message);
  }
}
