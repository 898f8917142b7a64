package dk.bif.core.application;

import dk.bif.core.curriculum.PartId;
import dk.bif.core.enrolment.Enrolment;
import dk.bif.core.goals.Feedback;
import dk.bif.core.goals.FeedbackPhase;
import dk.bif.core.goals.LearningGoal;
import dk.bif.core.goals.LearningGoalAgreement;
import dk.bif.core.goals.LearningGoalRefusedException;
import dk.bif.core.people.Employee;
import dk.bif.core.people.EmployeeId;
import dk.bif.core.port.EmployeeRepository;
import dk.bif.core.port.EnrolmentRepository;
import dk.bif.core.port.LearningGoalRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Learning goals: the leader and the employee agree goals before a part; the leader records
 * feedback during and after it.
 */
public final class LearningGoalService {

  private final EmployeeRepository employees;
  private final EnrolmentRepository enrolments;
  private final LearningGoalRepository goals;
  private final Clock clock;

  /**
   * @param employees where employees are stored
   * @param enrolments where enrolments are stored (for the part's start)
   * @param goals where agreements are stored
   * @param clock the day of agreement and feedback is today
   */
  public LearningGoalService(
      EmployeeRepository employees,
      EnrolmentRepository enrolments,
      LearningGoalRepository goals,
      Clock clock) {
    this.employees = Objects.requireNonNull(employees, "employees");
    this.enrolments = Objects.requireNonNull(enrolments, "enrolments");
    this.goals = Objects.requireNonNull(goals, "goals");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Records goals agreed today by an employee and their leader.
   *
   * @param employee the employee
   * @param leader the employee's leader
   * @param part the part the goals are for
   * @param agreed the goals, at least one
   * @return the agreement
   * @throws IllegalArgumentException when the employee is unknown
   * @throws LearningGoalRefusedException when {@code leader} is not the employee's leader, there
   *     are no goals, or the part has already started
   */
  public LearningGoalAgreement agree(
      EmployeeId employee, EmployeeId leader, PartId part, List<LearningGoal> agreed) {
    requireLeaderOf(employee, leader, part);
    Optional<LocalDate> starts = enrolments.find(employee, part).map(Enrolment::startsOn);
    LearningGoalAgreement agreement =
        LearningGoalAgreement.agree(employee, leader, part, agreed, LocalDate.now(clock), starts);
    goals.save(agreement);
    return agreement;
  }

  /**
   * Records a leader's feedback given today.
   *
   * @param employee the employee
   * @param leader the leader who agreed the goals
   * @param part the part
   * @param phase during or after the part
   * @param text the feedback
   * @return the agreement with the feedback
   * @throws LearningGoalRefusedException when no goals were agreed, another leader agreed them, or
   *     the part the employee is enrolled in has not started yet
   */
  public LearningGoalAgreement recordFeedback(
      EmployeeId employee, EmployeeId leader, PartId part, FeedbackPhase phase, String text) {
    LearningGoalAgreement agreement =
        goals
            .find(employee, part)
            .orElseThrow(
                () ->
                    new LearningGoalRefusedException(
                        employee, part, "no goals agreed yet; agree goals before feedback"));
    if (!agreement.leader().equals(leader)) {
      throw new LearningGoalRefusedException(
          employee, part, "the goals were agreed with " + agreement.leader() + ", not " + leader);
    }
    LocalDate today = LocalDate.now(clock);
    Optional<LocalDate> starts = enrolments.find(employee, part).map(Enrolment::startsOn);
    if (starts.isPresent() && today.isBefore(starts.get())) {
      throw new LearningGoalRefusedException(
          employee,
          part,
          "the part starts on " + starts.get() + "; feedback during or after it cannot come first");
    }
    agreement.recordFeedback(new Feedback(today, phase, text));
    goals.save(agreement);
    return agreement;
  }

  /**
   * @param employee an employee
   * @param part a part
   * @return the agreed goals, or empty
   */
  public Optional<LearningGoalAgreement> goals(EmployeeId employee, PartId part) {
    return goals.find(employee, part);
  }

  /**
   * @param employee an employee
   * @return the goals agreed for each part, ordered by part id
   */
  public List<LearningGoalAgreement> goals(EmployeeId employee) {
    return goals.ofEmployee(employee);
  }

  private void requireLeaderOf(EmployeeId employee, EmployeeId leader, PartId part) {
    Objects.requireNonNull(leader, "leader");
    Employee who =
        employees
            .find(Objects.requireNonNull(employee, "employee"))
            .orElseThrow(() -> new IllegalArgumentException("no employee '" + employee + "'"));
    if (!who.leader().filter(leader::equals).isPresent()) {
      throw new LearningGoalRefusedException(
          employee,
          part,
          leader
              + " is not the employee's leader"
              + who.leader().map(l -> " (" + l + " is)").orElse(" (none recorded)"));
    }
  }
}
