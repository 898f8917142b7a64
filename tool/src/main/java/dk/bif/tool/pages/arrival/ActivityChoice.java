package dk.bif.tool.pages.arrival;

import dk.bif.tool.bridge.Activity;
import java.util.List;
import java.util.Objects;

/**
 * One activity a teacher can choose for an unplaced link, with its title as a bundle key.
 *
 * @param token the activity's token, the form's value
 * @param titleKey the bundle key of its title
 * @param args the title's arguments (copied)
 * @param chosen whether it is the link's current choice
 */
public record ActivityChoice(String token, String titleKey, List<Object> args, boolean chosen) {
  public ActivityChoice {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(titleKey, "titleKey");
    args = List.copyOf(args);
  }

  /** The title's arguments as an array, for the templates. */
  public Object[] argArray() {
    return args.toArray();
  }

  /**
   * The choice of an activity.
   *
   * @param activity the activity
   * @param chosen whether the link opens it now
   * @return the choice
   */
  static ActivityChoice of(Activity activity, boolean chosen) {
    String token = activity.token();
    if (activity instanceof Activity.Exam e) {
      return new ActivityChoice(
          token, "arrival.activity.exam", List.of(e.partId().value()), chosen);
    }
    if (activity instanceof Activity.Overview o) {
      return new ActivityChoice(
          token, "arrival.activity.overview", List.of(o.partId().value()), chosen);
    }
    if (activity instanceof Activity.StudyGroupSession s) {
      return new ActivityChoice(
          token, "arrival.activity.studyGroup", List.of(s.number(), s.partId().value()), chosen);
    }
    if (activity instanceof Activity.SelfAssessment) {
      return new ActivityChoice(token, "arrival.activity.selfAssessment", List.of(), chosen);
    }
    return new ActivityChoice(token, "arrival.activity.evaluation", List.of(), chosen);
  }
}
