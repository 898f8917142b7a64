package dk.bif.core.exam;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A warning that a diploma or academy programme's completion deadline is near or past.
 *
 * @param deadline the last day to complete
 * @param passed whether the deadline has passed
 * @param message a sentence for the participant and the leader
 */
public record CompletionWarning(LocalDate deadline, boolean passed, String message) {
  public CompletionWarning {
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(message, "message");
  }
}
