package dk.bif.core.attendance;

import java.util.Objects;

/**
 * Whether a participant may sit the exam, and why.
 *
 * @param eligible true when the participant may
 * @param reason a sentence naming the rule and the sessions that decided, never blank
 */
public record ExamEligibility(boolean eligible, String reason) {
  public ExamEligibility {
    Objects.requireNonNull(reason, "reason");
    if (reason.isBlank()) {
      throw new IllegalArgumentException("an exam-eligibility decision must state its reason");
    }
  }
}
