package dk.bif.core.evaluation;

import dk.bif.core.enrolment.CohortId;
import java.util.Map;
import java.util.Objects;

/**
 * One participant's evaluation of a cohort. It carries no participant identity at all, so nothing
 * downstream (a teacher's view, a report, a repository) can reveal who answered.
 *
 * @param cohort the cohort evaluated
 * @param scores the answers on the 1–5 scale per question; a question may be left unanswered
 * @param freeText the free-text comment, possibly empty, never null
 */
public record EvaluationResponse(
    CohortId cohort, Map<QuestionId, Integer> scores, String freeText) {
  public EvaluationResponse {
    Objects.requireNonNull(cohort, "cohort");
    scores = Map.copyOf(Objects.requireNonNull(scores, "scores"));
    Objects.requireNonNull(freeText, "freeText");
    scores.forEach(
        (q, s) -> {
          if (s < EvaluationForm.MIN_SCORE || s > EvaluationForm.MAX_SCORE) {
            throw new IllegalArgumentException(
                "question '" + q + "' is answered on the scale 1..5; got " + s);
          }
        });
  }
}
