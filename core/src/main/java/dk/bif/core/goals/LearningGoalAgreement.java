package dk.bif.core.goals;

import dk.bif.core.curriculum.PartId;
import dk.bif.core.people.EmployeeId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The learning goals a leader and an employee agreed for one part, and the leader's follow-up.
 *
 * <p>Life cycle: {@linkplain #agree agreed} before the part starts, with at least one goal;
 * feedback is then {@linkplain #recordFeedback recorded} during and after the part, never dated
 * before the agreement. Not thread-safe; collections are handed out as copies.
 */
public final class LearningGoalAgreement {

  private final EmployeeId employee;
  private final EmployeeId leader;
  private final PartId part;
  private final List<LearningGoal> goals;
  private final LocalDate agreedOn;
  private final List<Feedback> feedback = new ArrayList<>();

  private LearningGoalAgreement(
      EmployeeId employee,
      EmployeeId leader,
      PartId part,
      List<LearningGoal> goals,
      LocalDate agreedOn) {
    this.employee = employee;
    this.leader = leader;
    this.part = part;
    this.goals = List.copyOf(goals);
    this.agreedOn = agreedOn;
  }

  /**
   * Records goals agreed by leader and employee.
   *
   * @param employee the employee
   * @param leader the employee's leader
   * @param part the part the goals are for
   * @param goals the goals, at least one
   * @param agreedOn the day of agreement
   * @param partStartsOn the day the part starts, when known
   * @return the agreement
   * @throws LearningGoalRefusedException when there are no goals or the part has already started
   */
  public static LearningGoalAgreement agree(
      EmployeeId employee,
      EmployeeId leader,
      PartId part,
      List<LearningGoal> goals,
      LocalDate agreedOn,
      Optional<LocalDate> partStartsOn) {
    Objects.requireNonNull(employee, "employee");
    Objects.requireNonNull(leader, "leader");
    Objects.requireNonNull(part, "part");
    Objects.requireNonNull(goals, "goals");
    Objects.requireNonNull(agreedOn, "agreedOn");
    Objects.requireNonNull(partStartsOn, "partStartsOn");
    if (goals.isEmpty()) {
      throw new LearningGoalRefusedException(employee, part, "at least one goal must be agreed");
    }
    if (partStartsOn.isPresent() && !agreedOn.isBefore(partStartsOn.get())) {
      throw new LearningGoalRefusedException(
          employee,
          part,
          "goals must be agreed before the part starts on "
              + partStartsOn.get()
              + ", not on "
              + agreedOn);
    }
    return new LearningGoalAgreement(employee, leader, part, goals, agreedOn);
  }

  /**
   * Records the leader's feedback.
   *
   * @param entry the feedback
   * @throws LearningGoalRefusedException when it is dated before the agreement
   */
  public void recordFeedback(Feedback entry) {
    Objects.requireNonNull(entry, "entry");
    if (entry.givenOn().isBefore(agreedOn)) {
      throw new LearningGoalRefusedException(
          employee,
          part,
          "feedback on " + entry.givenOn() + " cannot precede the agreement of " + agreedOn);
    }
    feedback.add(entry);
  }

  /** The employee. */
  public EmployeeId employee() {
    return employee;
  }

  /** The leader who agreed the goals. */
  public EmployeeId leader() {
    return leader;
  }

  /** The part. */
  public PartId part() {
    return part;
  }

  /** The goals (a copy). */
  public List<LearningGoal> goals() {
    return goals;
  }

  /** When the goals were agreed. */
  public LocalDate agreedOn() {
    return agreedOn;
  }

  /** The feedback in the order given (a copy). */
  public List<Feedback> feedback() {
    return List.copyOf(feedback);
  }
}
