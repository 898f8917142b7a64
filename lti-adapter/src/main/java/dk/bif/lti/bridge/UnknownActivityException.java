package dk.bif.lti.bridge;

/**
 * The placement's activity parameter names nothing the tool offers: the LMS administrator set it
 * wrongly. The message names the parameter, the value and what was expected.
 */
public final class UnknownActivityException extends RuntimeException {

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
            + " or evaluation");
    this.value = value;
  }

  /** The value as sent. */
  public String value() {
    return value;
  }
}
