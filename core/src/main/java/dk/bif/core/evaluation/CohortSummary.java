package dk.bif.core.evaluation;

import dk.bif.core.enrolment.CohortId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One cohort's evaluation: the means over its responses.
 *
 * @param cohort the cohort
 * @param examDate the day it sat its (first) exam
 * @param scores the means over its responses
 */
public record CohortSummary(CohortId cohort, LocalDate examDate, ScoreSummary scores) {
  public CohortSummary {
    Objects.requireNonNull(cohort, "cohort");
    Objects.requireNonNull(examDate, "examDate");
    Objects.requireNonNull(scores, "scores");
  }
}
