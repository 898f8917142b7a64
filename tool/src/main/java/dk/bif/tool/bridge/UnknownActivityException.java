package dk.bif.tool.bridge;

/**
 * The placement's activity parameter names nothing the tool offers: the LMS administrator set it
 * wrongly. The message names the parameter, the value and what was expected.
 */
public final class UnknownActivityException extends LaunchNotAdmittedException {
  private static final long serialVersionUID = 1L;

  /** The reason code on the page and in the log. */
  public static final String REASON = "ACTIVITY_UNKNOWN";

  /** What the page says (status 400): the placement is set up wrongly in the LMS. */
  public static final String PLAIN_MESSAGE =
      "The LMS placement does not name an activity this tool offers.";

  private final String value;

  /**
   * @param value the parameter's value as sent
   * @param why what is wrong with it
   */
  public UnknownActivityException(String value, String why) {
    super(
        "custom parameter "
            + LaunchBridge.ACTIVITY_PARAMETER
            + "='"
            + value
            + "' names no activity: "
            + why
            + "; expected e.g. bif-del-1, bif-del-1/exam, bif-del-1/study-group/1, self-assessment"
            + " or evaluation",
        400,
        REASON,
        PLAIN_MESSAGE);
    this.value = value;
  }

  /** The value as sent. */
  public String value() {
    return value;
  }
}
