package dk.bif.core.exam;

/** Refuses a grade that is not on the 7-point scale, such as 5. */
public final class InvalidGradeException extends ExamRefusedException {
  private static final long serialVersionUID = 1L;

  private final String given;

  /**
   * @param given the grade as given
   */
  public InvalidGradeException(String given) {
    super("'" + given + "' is not a grade on the 7-point scale; allowed: 12, 10, 7, 4, 02, 00, -3");
    this.given = given;
  }

  /** The grade as given. */
  public String given() {
    return given;
  }
}
