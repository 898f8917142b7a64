package dk.bif.core.competence;

import dk.bif.core.curriculum.PartId;
import dk.bif.core.people.EmployeeId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Evidence that an employee passed a part of the programme (e.g. BIF Del 1), as the exam records
 * report it. The competence context takes it as input and does not read exam records itself.
 *
 * @param employee who passed
 * @param part the part passed
 * @param passedOn the day of the passed exam
 */
public record PassedPart(EmployeeId employee, PartId part, LocalDate passedOn) {
  public PassedPart {
    Objects.requireNonNull(employee, "employee");
    Objects.requireNonNull(part, "part");
    Objects.requireNonNull(passedOn, "passedOn");
  }
}
