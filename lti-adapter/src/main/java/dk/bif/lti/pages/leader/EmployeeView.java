package dk.bif.lti.pages.leader;

import dk.bif.core.curriculum.PartId;
import dk.bif.core.people.EmployeeId;
import dk.bif.lti.pages.participant.CompetenceRatings;
import dk.bif.lti.pages.participant.DueDate;
import dk.bif.lti.pages.participant.GoalsView;
import dk.bif.lti.pages.participant.PartProgress;
import java.util.List;
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
 */
public record EmployeeView(
    EmployeeId id,
    String name,
    List<DueDate> dueDates,
    List<PartProgress> parts,
    List<GoalsView> goals,
    List<PartChoice> goalParts,
    List<PartChoice> feedbackParts,
    CompetenceRatings ratings) {
  public EmployeeView {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    dueDates = List.copyOf(dueDates);
    parts = List.copyOf(parts);
    goals = List.copyOf(goals);
    goalParts = List.copyOf(goalParts);
    feedbackParts = List.copyOf(feedbackParts);
    Objects.requireNonNull(ratings, "ratings");
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
