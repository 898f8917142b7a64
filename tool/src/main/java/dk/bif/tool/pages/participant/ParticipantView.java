package dk.bif.tool.pages.participant;

import dk.bif.core.curriculum.PartId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the participant's page shows: only the participant's own data.
 *
 * @param name the participant's name
 * @param part the part the page is about (the launched activity's part, else the latest enrolled);
 *     empty when not enrolled in any part
 * @param dueDates the status of every part of BIF-uddannelsen
 * @param goals the agreed learning goals with the leader's feedback, one entry per part
 * @param goalForm the part goals can still be written down for and the text in the form; empty when
 *     no leader is recorded or no part is ahead
 * @param selfAssessment the self-assessment form against the six profiles
 */
public record ParticipantView(
    String name,
    Optional<PartProgress> part,
    List<DueDate> dueDates,
    List<GoalsView> goals,
    Optional<GoalForm> goalForm,
    CompetenceRatings selfAssessment) {
  public ParticipantView {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(part, "part");
    dueDates = List.copyOf(dueDates);
    goals = List.copyOf(goals);
    Objects.requireNonNull(goalForm, "goalForm");
    Objects.requireNonNull(selfAssessment, "selfAssessment");
  }

  /**
   * @param text the goals as typed, one a line
   * @return this view with the goal form holding {@code text} (to re-show a refused form)
   */
  public ParticipantView withGoalDraft(String text) {
    return new ParticipantView(
        name, part, dueDates, goals, goalForm.map(f -> f.withText(text)), selfAssessment);
  }

  /**
   * The form for writing down the learning goals agreed with the leader.
   *
   * @param part the part the goals are for
   * @param partName its name
   * @param leaderName the leader they are agreed with
   * @param text the goals, one a line
   */
  public record GoalForm(PartId part, String partName, String leaderName, String text) {
    public GoalForm {
      Objects.requireNonNull(part, "part");
      Objects.requireNonNull(partName, "partName");
      Objects.requireNonNull(leaderName, "leaderName");
      Objects.requireNonNull(text, "text");
    }

    GoalForm withText(String newText) {
      return new GoalForm(part, partName, leaderName, newText);
    }
  }
}
