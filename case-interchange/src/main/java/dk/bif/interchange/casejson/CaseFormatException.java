package dk.bif.interchange.casejson;

/**
 * A CASE document that cannot be read as a competence framework. The message names the object (by
 * identifier or position) and the field, and what was expected.
 */
public final class CaseFormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * @param message what is wrong, naming the object and field
   */
  public CaseFormatException(String message) {
    super(message);
  }

  /**
   * @param message what is wrong, naming the object and field
   * @param cause the underlying parse error
   */
  public CaseFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
