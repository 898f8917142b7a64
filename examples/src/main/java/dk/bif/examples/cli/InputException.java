package dk.bif.examples.cli;

/**
 * Bad user input a command cannot go on with: the message names the file, line or field and what
 * was expected, in the output's language. The command prints it after its name and exits with 1.
 */
final class InputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  InputException(String message) {
    super(message);
  }
}
