package dk.bif.tool.pages.leader;

import dk.bif.core.curriculum.PartId;
import dk.bif.core.people.EmployeeId;
import dk.bif.tool.pages.participant.CompetenceRatings;
import dk.bif.tool.pages.participant.DueDate;
import dk.bif.tool.pages.participant.GoalsView;
import dk.bif.tool.pages.participant.PartProgress;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One of the leader's employees in full, with the leader's forms.
 *
 * @param id the employee's id
 * @param name the employee's name
 * @param dueDates the status of every part
 * @param parts the progress in every enrolled part
 * @param goals the agreed goals with feedback, per part
 * @param goalParts the parts goals can be agreed for now (not started), with the current goals
 * @param feedbackParts the parts with goals this leader agreed, for feedback
 * @param ratings the rating form with the self-assessment beside the leader's rating
 * @param entered the fields of a refused form, to show again; empty on a fresh page
 */
public record EmployeeView(
    EmployeeId id,
    String name,
    List<DueDate> dueDates,
    List<PartProgress> parts,
    List<GoalsView> goals,
    List<PartChoice> goalParts,
    List<PartChoice> feedbackParts,
    CompetenceRatings ratings,
    Map<String, String> entered) {
  public EmployeeView {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    dueDates = List.copyOf(dueDates);
    parts = List.copyOf(parts);
    goals = List.copyOf(goals);
    goalParts = List.copyOf(goalParts);
    feedbackParts = List.copyOf(feedbackParts);
    Objects.requireNonNull(ratings, "ratings");
    entered = Map.copyOf(entered);
  }

  /**
   * @param fields the fields of a refused form
   * @return this view showing them again
   */
  public EmployeeView withEntered(Map<String, String> fields) {
    return new EmployeeView(
        id, name, dueDates, parts, goals, goalParts, feedbackParts, ratings, fields);
  }

  /** The text of the goal form for {@code choice}: what was entered for it, else its goals. */
  public String goalsText(PartChoice choice) {
    return choice.part().value().equals(entered.get(LeaderViews.PART_FIELD))
            && entered.containsKey(LeaderViews.GOALS_FIELD)
        ? entered.get(LeaderViews.GOALS_FIELD)
        : choice.text();
  }

  /** The feedback text entered in a refused form, else empty text. */
  public String feedbackText() {
    return entered.getOrDefault(LeaderViews.TEXT_FIELD, "");
  }

  /** Whether {@code choice} is the part chosen in a refused feedback form. */
  public boolean feedbackPartChosen(PartChoice choice) {
    return choice.part().value().equals(entered.get(LeaderViews.PART_FIELD));
  }

  /** Whether {@code phase} was chosen in a refused feedback form (DURING when none was). */
  public boolean phaseChosen(String phase) {
    return phase.equals(entered.getOrDefault(LeaderViews.PHASE_FIELD, "DURING"));
  }

  /** An HTML id: {@code employee-<id>}, with anything but letters, digits, - and _ as -. */
  public String elementId() {
    return elementId(id);
  }

  static String elementId(EmployeeId id) {
    return "employee-" + id.value().replaceAll("[^A-Za-z0-9_-]", "-");
  }

  /**
   * A part to choose in a form.
   *
   * @param part the part
   * @param name its name
   * @param text the goals already agreed, one a line; empty text when none
   */
  public record PartChoice(PartId part, String name, String text) {
    public PartChoice {
      Objects.requireNonNull(part, "part");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(text, "text");
    }
  }
}
