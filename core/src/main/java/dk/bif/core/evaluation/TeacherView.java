package dk.bif.core.evaluation;

import dk.bif.core.enrolment.CohortId;
import java.util.List;
import java.util.Objects;

/**
 * What a cohort's teacher may see of its evaluation. Responses carry no identity; in addition a
 * cohort with fewer than {@link EvaluationReporting#MIN_RESPONSES_FOR_TEACHERS} responses is
 * withheld, since in a tiny group scores and comments could point at the person.
 */
public sealed interface TeacherView {

  /** The cohort. */
  CohortId cohort();

  /**
   * The cohort's means and comments.
   *
   * @param cohort the cohort
   * @param scores the means
   * @param comments the free-text comments, sorted alphabetically
   */
  record Shown(CohortId cohort, ScoreSummary scores, List<String> comments) implements TeacherView {
    public Shown {
      Objects.requireNonNull(cohort, "cohort");
      Objects.requireNonNull(scores, "scores");
      comments = List.copyOf(comments);
    }
  }

  /**
   * Withheld: too few responses to show without pointing at someone.
   *
   * @param cohort the cohort
   * @param responses how many responses there are
   * @param minimum how many are needed
   */
  record Withheld(CohortId cohort, int responses, int minimum) implements TeacherView {
    public Withheld {
      Objects.requireNonNull(cohort, "cohort");
    }
  }
}
