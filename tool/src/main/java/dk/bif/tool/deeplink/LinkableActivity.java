package dk.bif.tool.deeplink;

import dk.bif.core.curriculum.Catalogue;
import dk.bif.core.curriculum.PartId;
import dk.bif.tool.bridge.Activity;
import java.util.List;
import java.util.Objects;

/**
 * An activity a teacher can place in an LMS course by deep linking.
 *
 * @param activity the activity; its token goes into the custom parameter {@code bif_activity}
 * @param graded whether it sends a grade (then the link carries a line item)
 */
public record LinkableActivity(Activity activity, boolean graded) {
  public LinkableActivity {
    Objects.requireNonNull(activity, "activity");
  }

  /**
   * What the picker offers, in its order: the Del 1 exam, the Del 2 exam, the first study-group
   * session of Del 1, the competence self-assessment, the cohort evaluation and the leader module.
   * Exams are graded.
   *
   * @param catalogue the parts
   * @return the offer
   */
  public static List<LinkableActivity> offered(Catalogue catalogue) {
    return List.of(
            PartId.BIF_DEL_1.value() + "/exam",
            PartId.BIF_DEL_2.value() + "/exam",
            PartId.BIF_DEL_1.value() + "/study-group/1",
            "self-assessment",
            "evaluation",
            PartId.BIF_LEADER_MODULE.value())
        .stream()
        .map(token -> Activity.parse(token, catalogue))
        .map(a -> new LinkableActivity(a, a instanceof Activity.Exam))
        .toList();
  }

  /** The token, as in {@code bif_activity}. */
  public String token() {
    return activity.token();
  }
}
