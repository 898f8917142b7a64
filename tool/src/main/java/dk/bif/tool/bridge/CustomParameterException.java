package dk.bif.tool.bridge;

/**
 * A custom parameter that names a person or a cohort ({@value LaunchBridge#EMPLOYEE_PARAMETER},
 * {@value LaunchBridge#COHORT_PARAMETER}) is longer than an id may be, or holds control characters:
 * the LMS administrator set it wrongly. Status 400.
 */
public final class CustomParameterException extends LaunchNotAdmittedException {
  private static final long serialVersionUID = 1L;

  /** The reason code on the page and in the log. */
  public static final String REASON = "CUSTOM_PARAMETER_INVALID";

  /** What the page says. */
  public static final String PLAIN_MESSAGE =
      "The LMS placement sends a custom parameter the tool cannot use.";

  /**
   * @param parameter the parameter's name
   * @param why what is wrong and what is expected
   */
  public CustomParameterException(String parameter, String why) {
    super("custom parameter " + parameter + " " + why, 400, REASON, PLAIN_MESSAGE);
  }
}
