package dk.bif.core.port;

import dk.bif.core.curriculum.PartId;
import dk.bif.core.goals.LearningGoalAgreement;
import dk.bif.core.people.EmployeeId;
import java.util.List;
import java.util.Optional;

/** Stores learning-goal agreements: one per employee and part. Thread-safe. */
public interface LearningGoalRepository {

  /**
   * Stores an agreement, replacing any for the same employee and part.
   *
   * @param agreement the agreement
   */
  void save(LearningGoalAgreement agreement);

  /**
   * @param employee an employee
   * @param part a part
   * @return the agreement, or empty
   */
  Optional<LearningGoalAgreement> find(EmployeeId employee, PartId part);

  /**
   * @param employee an employee
   * @return the employee's agreements, one per part, ordered by part id
   */
  List<LearningGoalAgreement> ofEmployee(EmployeeId employee);

  /**
   * @param leader a leader
   * @return the agreements the leader made, ordered by employee id then part id
   */
  List<LearningGoalAgreement> agreedBy(EmployeeId leader);
}
