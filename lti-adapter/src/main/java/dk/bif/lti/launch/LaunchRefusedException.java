package dk.bif.lti.launch;

import java.util.Objects;

/**
 * A login or launch was refused. Carries the {@link ReasonCode} and a detail for the log (which may
 * name claims and values, never the token). Has no stack trace: a refusal is an expected outcome,
 * and building traces for forged tokens would cost for nothing.
 */
public final class LaunchRefusedException extends Exception {
  private static final long serialVersionUID = 1L;

  private final ReasonCode code;

  /**
   * Creates the refusal.
   *
   * @param code why
   * @param detail what exactly, for the log
   */
  public LaunchRefusedException(ReasonCode code, String detail) {
    super(code + ": " + detail, null, false, false);
    this.code = Objects.requireNonNull(code, "code");
  }

  /** Why the launch was refused. */
  public ReasonCode code() {
    return code;
  }
}
