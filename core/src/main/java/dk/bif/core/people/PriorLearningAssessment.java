package dk.bif.core.people;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A recorded prior-learning assessment (realkompetencevurdering): the employee's competences are
 * recognised as equal to an education. It can replace the education requirement of admission, not
 * the work experience.
 *
 * @param assessedOn when the assessment was made
 * @param equivalentTo the education the competences are recognised as equal to
 */
public record PriorLearningAssessment(LocalDate assessedOn, EducationLevel equivalentTo) {
  public PriorLearningAssessment {
    Objects.requireNonNull(assessedOn, "assessedOn");
    Objects.requireNonNull(equivalentTo, "equivalentTo");
  }
}
