package dk.bif.core.application;

import dk.bif.core.curriculum.PartId;
import dk.bif.core.enrolment.Enrolment;
import dk.bif.core.exam.NotEnrolledException;
import dk.bif.core.people.EmployeeId;
import dk.bif.core.port.EnrolmentRepository;
import java.util.Objects;

/** Finds an enrolment the services need, or refuses with {@link NotEnrolledException}. */
final class EnrolmentLookup {
  private EnrolmentLookup() {}

  static Enrolment require(EnrolmentRepository enrolments, EmployeeId employee, PartId part) {
    Objects.requireNonNull(employee, "employee");
    Objects.requireNonNull(part, "part");
    return enrolments
        .find(employee, part)
        .orElseThrow(() -> new NotEnrolledException(employee, part));
  }
}
