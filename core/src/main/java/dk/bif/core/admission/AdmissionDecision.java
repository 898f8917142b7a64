package dk.bif.core.admission;

import java.util.Objects;

/**
 * The level an employee is admitted at, and why.
 *
 * @param level diplom, akademi or kursist
 * @param reason a sentence naming the rule that decided, never blank
 */
public record AdmissionDecision(Level level, String reason) {
  public AdmissionDecision {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(reason, "reason");
    if (reason.isBlank()) {
      throw new IllegalArgumentException("an admission decision must state its reason");
    }
  }
}
