package dk.bif.core.curriculum;

import java.util.Objects;

/**
 * One of a programme's main goals (hovedmål), numbered as in the sources.
 *
 * @param number the goal's number, 1 or more
 * @param danish the goal as the sources name it, never blank
 * @param english an English rendering, never blank
 */
public record MainGoal(int number, String danish, String english) {
  public MainGoal {
    Objects.requireNonNull(danish, "danish");
    Objects.requireNonNull(english, "english");
    if (number < 1) {
      throw new IllegalArgumentException("a main goal is numbered from 1, got " + number);
    }
    if (danish.isBlank() || english.isBlank()) {
      throw new IllegalArgumentException("a main goal needs both a Danish and an English title");
    }
  }
}
