package dk.bif.lti.servlet;

import dk.bif.lti.launch.ReasonCode;

/**
 * The container could not read a request's parameters: a form over its size or field limits, bytes
 * that are not UTF-8, a broken {@code %} escape. The browser gets a 400 page with {@link
 * ReasonCode#REQUEST_MALFORMED}; the message, for the log, never carries the request's content.
 */
public final class MalformedRequestException extends Exception {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what could not be read, e.g. "form data: 400: Unable to parse form content"
   */
  public MalformedRequestException(String message) {
    super(message);
  }

  /** The reason code of the page: {@link ReasonCode#REQUEST_MALFORMED}. */
  public ReasonCode code() {
    return ReasonCode.REQUEST_MALFORMED;
  }
}
