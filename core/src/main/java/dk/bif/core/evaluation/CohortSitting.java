package dk.bif.core.evaluation;

import dk.bif.core.curriculum.PartId;
import dk.bif.core.enrolment.CohortId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * When a cohort sat its exam, which decides the quarter its evaluation is reported in. Taken as
 * input from the cohort records.
 *
 * @param cohort the cohort
 * @param part the part it took
 * @param examDate the exam day
 */
public record CohortSitting(CohortId cohort, PartId part, LocalDate examDate) {
  public CohortSitting {
    Objects.requireNonNull(cohort, "cohort");
    Objects.requireNonNull(part, "part");
    Objects.requireNonNull(examDate, "examDate");
  }
}
