package dk.bif.lti.dynreg;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * A Dynamic Registration step failed: the reason code, a detail for the log and the page (never the
 * registration token), and the platform's HTTP status when it answered.
 */
public final class RegistrationRefusedException extends Exception {
  private static final long serialVersionUID = 1L;

  private final RegistrationRefusal reason;
  private final int platformStatus;

  /**
   * @param reason the reason code
   * @param detail what was wrong, naming the field or URL; never a token
   * @param platformStatus the platform's HTTP status, or 0 when it did not answer
   */
  public RegistrationRefusedException(
      RegistrationRefusal reason, String detail, int platformStatus) {
    super(reason + ": " + Objects.requireNonNull(detail, "detail"));
    this.reason = Objects.requireNonNull(reason, "reason");
    this.platformStatus = platformStatus;
  }

  RegistrationRefusedException(RegistrationRefusal reason, String detail) {
    this(reason, detail, 0);
  }

  /** The reason code. */
  public RegistrationRefusal reason() {
    return reason;
  }

  /** What was wrong, without the reason code. */
  public String detail() {
    return getMessage().substring(reason.name().length() + 2);
  }

  /** The platform's HTTP status, when it answered with one. */
  public OptionalInt platformStatus() {
    return platformStatus == 0 ? OptionalInt.empty() : OptionalInt.of(platformStatus);
  }
}
