package dk.bif.lti.keys;

/**
 * The platform's key set could not be fetched or read. A transport failure on our side of the
 * launch, not a verdict on the token: the browser gets a different page, the log a different
 * message.
 */
public final class KeySetUnavailableException extends Exception {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what failed, naming the key set URL
   * @param cause the underlying failure, or null
   */
  public KeySetUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
