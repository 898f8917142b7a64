package dk.bif.lti.http;

/**
 * The platform could not be reached or its answer could not be read: a transport failure, never a
 * judgement about what it sent.
 */
public final class HttpFetchException extends Exception {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what failed, naming the URL
   * @param cause the underlying failure, or null
   */
  public HttpFetchException(String message, Throwable cause) {
    super(message, cause);
  }
}
