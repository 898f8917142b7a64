package dk.bif.core.exam;

/** Refuses a grade that is not one of the 7-point scale's own spellings, such as 5 or 07. */
public final class InvalidGradeException extends ExamRefusedException {
  private static final long serialVersionUID = 1L;

  private final String given;

  /**
   * @param given the grade as given
   */
  public InvalidGradeException(String given) {
    super(
        "'"
            + given
            + "' is not a grade on the 7-point scale; accepted: "
            + Grade.ACCEPTED_SPELLINGS);
    this.given = given;
  }

  /** The grade as given. */
  public String given() {
    return given;
  }
}
