package dk.bif.core.port;

import dk.bif.core.curriculum.PartId;
import dk.bif.core.enrolment.CohortId;
import dk.bif.core.enrolment.Enrolment;
import dk.bif.core.people.EmployeeId;
import java.util.List;
import java.util.Optional;

/** Stores enrolments: at most one per employee and part. Implementations are thread-safe. */
public interface EnrolmentRepository {

  /**
   * Stores an enrolment, replacing the employee's earlier enrolment in the same part.
   *
   * @param enrolment the enrolment
   */
  void save(Enrolment enrolment);

  /**
   * @param employee an employee
   * @param part a part
   * @return the employee's enrolment in the part, or empty
   */
  Optional<Enrolment> find(EmployeeId employee, PartId part);

  /**
   * @param employee an employee
   * @return the employee's enrolments, earliest start first
   */
  List<Enrolment> ofEmployee(EmployeeId employee);

  /**
   * @param cohort a cohort
   * @return the cohort's enrolments, ordered by employee id
   */
  List<Enrolment> inCohort(CohortId cohort);
}
