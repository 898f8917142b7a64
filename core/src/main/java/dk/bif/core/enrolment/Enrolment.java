package dk.bif.core.enrolment;

import dk.bif.core.admission.Level;
import dk.bif.core.curriculum.PartId;
import dk.bif.core.people.EmployeeId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An employee's place in a cohort of a part, at a level.
 *
 * @param employee the participant
 * @param part the part
 * @param cohort the cohort
 * @param level the level admitted at
 * @param startsOn the cohort's first teaching day
 */
public record Enrolment(
    EmployeeId employee, PartId part, CohortId cohort, Level level, LocalDate startsOn) {
  public Enrolment {
    Objects.requireNonNull(employee, "employee");
    Objects.requireNonNull(part, "part");
    Objects.requireNonNull(cohort, "cohort");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(startsOn, "startsOn");
  }
}
