package dk.bif.core.goals;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A leader's professional feedback on an employee's learning goals.
 *
 * @param givenOn when
 * @param phase during or after the part
 * @param text the feedback, never blank
 */
public record Feedback(LocalDate givenOn, FeedbackPhase phase, String text) {
  public Feedback {
    Objects.requireNonNull(givenOn, "givenOn");
    Objects.requireNonNull(phase, "phase");
    Objects.requireNonNull(text, "text");
    if (text.isBlank()) {
      throw new IllegalArgumentException("feedback must not be blank");
    }
  }
}
