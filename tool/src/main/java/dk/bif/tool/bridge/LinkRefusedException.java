package dk.bif.tool.bridge;

import java.util.Objects;

/**
 * A coordinator's link of a waiting person to an employee that the rules refuse ({@link
 * PersonLinkPolicy}, the one LMS user per employee rule): nothing was linked. The message says why
 * in a plain sentence; {@link #reason()} is the code the admin page and the command line show.
 */
public final class LinkRefusedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why a link is refused. */
  public enum Reason {
    /** The LMS user is not waiting to be linked (never launched, or linked already). */
    NOT_WAITING,
    /** The LMS user is linked to an employee of the staff register already. */
    PERSON_ALREADY_LINKED,
    /** The employee is not in the staff register. */
    EMPLOYEE_UNKNOWN,
    /**
     * The LMS user launched with an LMS instructor or administrator role: such an account gains no
     * participant's or leader's rights by a link.
     */
    ROLE_NOT_LINKABLE,
    /** The LMS user launched as a leader (Mentor) and the employee is not a leader. */
    LEADER_ONLY_TO_LEADER,
    /** The employee is linked to another LMS user of the same platform. */
    EMPLOYEE_ALREADY_LINKED
  }

  private final Reason reason;

  /**
   * @param reason the code
   * @param message what was refused and why, naming the LMS user and the employee
   */
  public LinkRefusedException(Reason reason, String message) {
    super(message);
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /** The code, e.g. {@code LEADER_ONLY_TO_LEADER}. */
  public Reason reason() {
    return reason;
  }
}
