package dk.bif.core.goals;

import java.util.Objects;

/**
 * One individual learning goal, in the words leader and employee agreed.
 *
 * @param text the goal, never blank
 */
public record LearningGoal(String text) {
  public LearningGoal {
    Objects.requireNonNull(text, "text");
    if (text.isBlank()) {
      throw new IllegalArgumentException("a learning goal must not be blank");
    }
  }

  /** Returns the goal {@code text}. */
  public static LearningGoal of(String text) {
    return new LearningGoal(text);
  }
}
