package dk.bif.core.enrolment;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Why and since when a participant no longer takes part in their cohort (udmeldt af holdet): they
 * left the LMS course, went on leave, or now teach or mentor it instead. Withdrawal is not failing
 * and not an exam withdrawal: the part stays mandatory and due, so the employee is planned into a
 * later cohort (staff on leave take the training when they return), and what they attended and sat
 * in this cohort is kept.
 *
 * @param on the day the withdrawal was recorded
 * @param reason why, in words a coordinator can act on; never blank
 */
public record Withdrawal(LocalDate on, String reason) {
  public Withdrawal {
    Objects.requireNonNull(on, "on");
    Objects.requireNonNull(reason, "reason");
    if (reason.isBlank()) {
      throw new IllegalArgumentException("a withdrawal needs a reason");
    }
  }
}
