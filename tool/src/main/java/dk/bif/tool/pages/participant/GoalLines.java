package dk.bif.tool.pages.participant;

import dk.bif.core.goals.LearningGoal;
import dk.bif.core.goals.LearningGoalAgreement;
import dk.bif.tool.pages.FormException;
import java.util.List;

/** Learning goals as a form's text area holds them: one goal a line, blank lines ignored. */
public final class GoalLines {
  private GoalLines() {}

  /** The longest goal the form accepts, in characters. */
  public static final int MAX_GOAL_LENGTH = 500;

  /** The most goals one agreement takes from the form. */
  public static final int MAX_GOALS = 10;

  /**
   * @param field the text area's name
   * @param text the posted text
   * @return the goals in order, at least one
   * @throws FormException naming the field when it holds no goal, more than {@link #MAX_GOALS} or a
   *     goal longer than {@link #MAX_GOAL_LENGTH}
   */
  public static List<LearningGoal> parse(String field, String text) {
    String expected =
        "1 to " + MAX_GOALS + " goals, one a line, each at most " + MAX_GOAL_LENGTH + " characters";
    List<String> lines =
        (text == null ? "" : text).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    if (lines.isEmpty()
        || lines.size() > MAX_GOALS
        || lines.stream().anyMatch(l -> l.length() > MAX_GOAL_LENGTH)) {
      throw new FormException(field, expected);
    }
    return lines.stream().map(LearningGoal::of).toList();
  }

  /**
   * @param agreement an agreement
   * @return its goals one a line, as the text area shows them
   */
  public static String format(LearningGoalAgreement agreement) {
    return String.join("\n", agreement.goals().stream().map(LearningGoal::text).toList());
  }
}
