package dk.bif.core.evaluation;

import dk.bif.core.enrolment.CohortId;
import java.util.List;
import java.util.Objects;

/**
 * Satisfaction in one quarter: the evaluations of the cohorts that sat the exam in that quarter
 * (seed 000: "hold, der har været til eksamen i 2. kvartal").
 *
 * @param quarter the quarter
 * @param cohorts the cohorts that sat the exam in it, in id order
 * @param scores the means over their responses
 */
public record QuarterSummary(Quarter quarter, List<CohortId> cohorts, ScoreSummary scores) {
  public QuarterSummary {
    Objects.requireNonNull(quarter, "quarter");
    cohorts = List.copyOf(cohorts);
    Objects.requireNonNull(scores, "scores");
  }
}
