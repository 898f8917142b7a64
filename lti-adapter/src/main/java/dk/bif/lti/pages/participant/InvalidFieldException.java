package dk.bif.lti.pages.participant;

import java.util.Objects;

/**
 * A posted field that cannot be read: names the field and what was expected, so the page can say
 * which input to correct.
 */
public final class InvalidFieldException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final String expected;

  /**
   * @param field the field's name
   * @param expected what the field must hold, as a phrase
   */
  public InvalidFieldException(String field, String expected) {
    super("field '" + field + "' must be " + expected);
    this.field = Objects.requireNonNull(field, "field");
    this.expected = Objects.requireNonNull(expected, "expected");
  }

  /** The field's name. */
  public String field() {
    return field;
  }

  /** What the field must hold. */
  public String expected() {
    return expected;
  }
}
