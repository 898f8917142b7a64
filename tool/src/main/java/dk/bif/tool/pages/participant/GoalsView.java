package dk.bif.tool.pages.participant;

import dk.bif.core.curriculum.PartId;
import dk.bif.core.goals.Feedback;
import dk.bif.core.goals.LearningGoal;
import dk.bif.core.goals.LearningGoalAgreement;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The learning goals agreed for one part and the leader's feedback on them.
 *
 * @param part the part
 * @param partName the part's name
 * @param leaderName the name of the leader who agreed them (the id when the leader is not stored)
 * @param agreedOn the day of agreement
 * @param goals the goals in the agreed order
 * @param feedback the feedback in the order given
 */
public record GoalsView(
    PartId part,
    String partName,
    String leaderName,
    LocalDate agreedOn,
    List<String> goals,
    List<Feedback> feedback) {
  public GoalsView {
    Objects.requireNonNull(part, "part");
    Objects.requireNonNull(partName, "partName");
    Objects.requireNonNull(leaderName, "leaderName");
    Objects.requireNonNull(agreedOn, "agreedOn");
    goals = List.copyOf(goals);
    feedback = List.copyOf(feedback);
  }

  /**
   * @param agreement the agreement
   * @param partName the part's name
   * @param leaderName the name of the leader who agreed the goals
   * @return the view of the agreement
   */
  public static GoalsView of(LearningGoalAgreement agreement, String partName, String leaderName) {
    return new GoalsView(
        agreement.part(),
        partName,
        leaderName,
        agreement.agreedOn(),
        agreement.goals().stream().map(LearningGoal::text).toList(),
        agreement.feedback());
  }
}
