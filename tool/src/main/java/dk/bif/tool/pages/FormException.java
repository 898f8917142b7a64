package dk.bif.tool.pages;

/**
 * A form field is missing or malformed. The message names the field and what was expected; the
 * servlet glue answers 400 with it, so handlers may let it escape.
 */
public final class FormException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final String expected;

  /**
   * @param field the form field's name
   * @param expected what it should have held, in plain words
   */
  public FormException(String field, String expected) {
    super("form field '" + field + "': expected " + expected);
    this.field = field;
    this.expected = expected;
  }

  /** What the field should have held, in plain words. */
  public String expected() {
    return expected;
  }

  /** The form field's name. */
  public String field() {
    return field;
  }
}
