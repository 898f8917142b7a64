package dk.bif.tool.bridge;

import dk.bif.core.people.EmployeeId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A staff number an LMS user's launch claimed ({@value LaunchBridge#EMPLOYEE_PARAMETER}) and the
 * tool refused, kept for the BIF coordinator to sort out: the same claim again is counted, not
 * listed twice.
 *
 * @param claimant the LMS user whose launch made the claim
 * @param claimed the employee (staff number) the launch named
 * @param reason why it was refused
 * @param holder for {@link Reason#EMPLOYEE_LINKED_TO_ANOTHER_USER}: the LMS user the employee is
 *     linked to
 * @param linkedTo for {@link Reason#USER_LINKED_TO_ANOTHER_EMPLOYEE}: the employee the claimant is
 *     linked to
 * @param firstAt when the claim was first refused
 * @param lastAt when it was last refused
 * @param attempts how many launches made it
 */
public record RefusedClaim(
    LmsPerson claimant,
    EmployeeId claimed,
    Reason reason,
    Optional<LmsPerson> holder,
    Optional<EmployeeId> linkedTo,
    Instant firstAt,
    Instant lastAt,
    int attempts) {

  /** Why a claim was refused. */
  public enum Reason {
    /**
     * The employee is already linked to another LMS user of the platform; the launch was refused.
     */
    EMPLOYEE_LINKED_TO_ANOTHER_USER,
    /** The LMS user is already linked to another employee; the launch went on as that employee. */
    USER_LINKED_TO_ANOTHER_EMPLOYEE
  }

  public RefusedClaim {
    Objects.requireNonNull(claimant, "claimant");
    Objects.requireNonNull(claimed, "claimed");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(holder, "holder");
    Objects.requireNonNull(linkedTo, "linkedTo");
    Objects.requireNonNull(firstAt, "firstAt");
    Objects.requireNonNull(lastAt, "lastAt");
    if (lastAt.isBefore(firstAt)) throw new IllegalArgumentException("lastAt before firstAt");
    if (attempts < 1) throw new IllegalArgumentException("attempts must be at least 1");
    if (reason == Reason.EMPLOYEE_LINKED_TO_ANOTHER_USER && holder.isEmpty())
      throw new IllegalArgumentException("a taken employee has a holder");
    if (reason == Reason.USER_LINKED_TO_ANOTHER_EMPLOYEE && linkedTo.isEmpty())
      throw new IllegalArgumentException("a linked user has an employee");
  }

  /**
   * A claim for an employee another LMS user holds, refused once at {@code at}.
   *
   * @param claimant the LMS user whose launch made the claim
   * @param claimed the employee the launch named
   * @param holder the LMS user the employee is linked to
   * @param at when
   * @return the refused claim
   */
  public static RefusedClaim employeeTaken(
      LmsPerson claimant, EmployeeId claimed, LmsPerson holder, Instant at) {
    return new RefusedClaim(
        claimant,
        claimed,
        Reason.EMPLOYEE_LINKED_TO_ANOTHER_USER,
        Optional.of(holder),
        Optional.empty(),
        at,
        at,
        1);
  }

  /**
   * A claim by an LMS user already linked to another employee, refused once at {@code at}.
   *
   * @param claimant the LMS user whose launch made the claim
   * @param claimed the employee the launch named
   * @param linkedTo the employee the claimant is linked to
   * @param at when
   * @return the refused claim
   */
  public static RefusedClaim userLinkedElsewhere(
      LmsPerson claimant, EmployeeId claimed, EmployeeId linkedTo, Instant at) {
    return new RefusedClaim(
        claimant,
        claimed,
        Reason.USER_LINKED_TO_ANOTHER_EMPLOYEE,
        Optional.empty(),
        Optional.of(linkedTo),
        at,
        at,
        1);
  }
}
