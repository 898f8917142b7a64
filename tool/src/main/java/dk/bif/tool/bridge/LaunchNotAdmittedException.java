package dk.bif.tool.bridge;

/**
 * A validated launch the bridge cannot take into the programme, because of how the LMS set up the
 * placement or the user: the launch handlers answer with an error page of {@link #status()}, {@link
 * #reason()}, {@link #plainMessage()} and {@link #detail()}, and a log line with the message.
 */
public abstract class LaunchNotAdmittedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String reason;
  private final String plainMessage;

  /**
   * @param message for the log: what was wrong, naming the parameter or the claim
   * @param status the page's HTTP status: 400 for a placement set up wrongly, 403 for a refused
   *     user
   * @param reason the reason code on the page and in the log, e.g. {@code ACTIVITY_UNKNOWN}
   * @param plainMessage what the page says, in a plain sentence
   */
  protected LaunchNotAdmittedException(
      String message, int status, String reason, String plainMessage) {
    super(message);
    this.status = status;
    this.reason = reason;
    this.plainMessage = plainMessage;
  }

  /** The HTTP status of the page: 400 for a placement set up wrongly, 403 for a refused user. */
  public final int status() {
    return status;
  }

  /** The reason code on the page and in the log, e.g. {@code ACTIVITY_UNKNOWN}. */
  public final String reason() {
    return reason;
  }

  /** What the page says, in a plain sentence. */
  public final String plainMessage() {
    return plainMessage;
  }

  /** A further sentence for the page: by default the message; never another person's data. */
  public String detail() {
    return getMessage();
  }
}
