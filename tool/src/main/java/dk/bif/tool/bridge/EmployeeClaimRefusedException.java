package dk.bif.tool.bridge;

import dk.bif.core.people.EmployeeId;
import java.util.Objects;

/**
 * A launch named a staff number ({@value LaunchBridge#EMPLOYEE_PARAMETER}) that is linked to
 * another LMS user of the same platform: an employee's pages open for one LMS account only. The
 * refusal is recorded for the BIF coordinator ({@link RefusedClaims}); the page (status 403) says
 * so, and names the staff number the user's own LMS sent, never the other account.
 */
public final class EmployeeClaimRefusedException extends LaunchNotAdmittedException {
  private static final long serialVersionUID = 1L;

  /** The reason code on the page and in the log. */
  public static final String REASON = "EMPLOYEE_ALREADY_LINKED";

  /** What the page says. */
  public static final String PLAIN_MESSAGE =
      "The staff number your LMS account sends is already linked to another LMS account."
          + " The BIF coordinator has been told and will sort it out; until then this activity"
          + " cannot be opened.";

  private final EmployeeId claimed;

  /**
   * @param claimant the LMS user whose launch made the claim
   * @param claimed the employee the launch named
   * @param holder the LMS user the employee is linked to (for the log only)
   */
  public EmployeeClaimRefusedException(LmsPerson claimant, EmployeeId claimed, LmsPerson holder) {
    super(
        "LMS user "
            + claimant.subject()
            + " of "
            + claimant.platform()
            + " claims employee "
            + claimed
            + ", who is linked to LMS user "
            + holder.subject(),
        403,
        REASON,
        PLAIN_MESSAGE);
    this.claimed = Objects.requireNonNull(claimed, "claimed");
  }

  @Override
  public String detail() {
    return "Staff number sent by the LMS (custom parameter "
        + LaunchBridge.EMPLOYEE_PARAMETER
        + "): "
        + claimed;
  }
}
