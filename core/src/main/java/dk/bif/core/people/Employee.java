package dk.bif.core.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An employee of one of the administration's job centres: the participant of the training.
 *
 * <p>Life cycle: {@linkplain #hire hired} into a centre with a contact type and a citizen target
 * group; education, earlier work experience, a prior-learning assessment and leave are recorded as
 * they become known; the employment may be {@linkplain #makePermanent made permanent}; the employee
 * may {@linkplain #reportTo report to} a leader and may be {@linkplain #appointLeader appointed
 * leader} themselves. Not thread-safe; collections are handed out as copies.
 */
public final class Employee {

  private final EmployeeId id;
  private final String name;
  private final CentreId centre;
  private final ContactType contactType;
  private final TargetGroup targetGroup;
  private Employment employment;
  private final List<Education> educations = new ArrayList<>();
  private final List<WorkExperience> workExperience = new ArrayList<>();
  private final List<LeavePeriod> leave = new ArrayList<>();
  private PriorLearningAssessment priorLearning;
  private EmployeeId leader;
  private LocalDate leaderSince;

  private Employee(
      EmployeeId id,
      String name,
      CentreId centre,
      ContactType contactType,
      TargetGroup targetGroup,
      Employment employment) {
    this.id = Objects.requireNonNull(id, "id");
    this.name = Objects.requireNonNull(name, "name");
    this.centre = Objects.requireNonNull(centre, "centre");
    this.contactType = Objects.requireNonNull(contactType, "contactType");
    this.targetGroup = Objects.requireNonNull(targetGroup, "targetGroup");
    this.employment = Objects.requireNonNull(employment, "employment");
    if (name.isBlank()) {
      throw new IllegalArgumentException("employee " + id + " needs a name");
    }
  }

  /**
   * An employee as hired.
   *
   * @param id the employee's id
   * @param name the full name, never blank
   * @param centre the job centre employed in
   * @param contactType citizen, company or both
   * @param targetGroup the citizen target group worked with (study groups start from it)
   * @param employment the employment
   * @return the new employee, with no education, experience, leave or leader recorded
   */
  public static Employee hire(
      EmployeeId id,
      String name,
      CentreId centre,
      ContactType contactType,
      TargetGroup targetGroup,
      Employment employment) {
    return new Employee(id, name, centre, contactType, targetGroup, employment);
  }

  /**
   * Records a completed education.
   *
   * @param education the education
   */
  public void recordEducation(Education education) {
    educations.add(Objects.requireNonNull(education, "education"));
  }

  /**
   * Records earlier relevant work experience.
   *
   * @param experience the experience
   */
  public void recordWorkExperience(WorkExperience experience) {
    workExperience.add(Objects.requireNonNull(experience, "experience"));
  }

  /**
   * Records a leave.
   *
   * @param period the leave
   * @throws IllegalArgumentException when it overlaps a leave already recorded or starts before the
   *     hire date
   */
  public void recordLeave(LeavePeriod period) {
    Objects.requireNonNull(period, "period");
    if (period.period().firstDay().isBefore(employment.hiredOn())) {
      throw new IllegalArgumentException(
          "leave from " + period.period().firstDay() + " starts before the hire date");
    }
    for (LeavePeriod other : leave) {
      if (other.period().daysWithin(period.period().firstDay(), period.period().lastDay()) > 0) {
        throw new IllegalArgumentException(
            "leave " + period.period() + " overlaps leave " + other.period());
      }
    }
    leave.add(period);
    leave.sort(Comparator.comparing(l -> l.period().firstDay()));
  }

  /**
   * Records a prior-learning assessment (realkompetencevurdering), replacing an earlier one.
   *
   * @param assessment the assessment
   */
  public void recordPriorLearningAssessment(PriorLearningAssessment assessment) {
    this.priorLearning = Objects.requireNonNull(assessment, "assessment");
  }

  /**
   * Makes a temporary employment permanent (fastansættelse) from a day; the hire date stays. Del 2
   * becomes mandatory from then.
   *
   * @param on the first day as permanent, not before the hire date
   * @throws IllegalStateException when the employment already is permanent
   * @throws IllegalArgumentException when {@code on} is before the hire date
   */
  public void makePermanent(LocalDate on) {
    if (employment.isPermanent()) {
      throw new IllegalStateException(
          "employee "
              + id
              + " is already permanent since "
              + employment.permanentSince().orElseThrow());
    }
    employment = employment.madePermanent(on);
  }

  /**
   * Sets the leader this employee reports to.
   *
   * @param leaderId the leader
   * @throws IllegalArgumentException when it is the employee themself
   */
  public void reportTo(EmployeeId leaderId) {
    Objects.requireNonNull(leaderId, "leaderId");
    if (leaderId.equals(id)) {
      throw new IllegalArgumentException("employee " + id + " cannot be their own leader");
    }
    this.leader = leaderId;
  }

  /**
   * Appoints this employee leader; the leader module becomes due for new leaders.
   *
   * @param since the first day as leader
   */
  public void appointLeader(LocalDate since) {
    this.leaderSince = Objects.requireNonNull(since, "since");
  }

  /** The employee's id. */
  public EmployeeId id() {
    return id;
  }

  /** The full name. */
  public String name() {
    return name;
  }

  /** The job centre employed in. */
  public CentreId centre() {
    return centre;
  }

  /** Citizen, company or both. */
  public ContactType contactType() {
    return contactType;
  }

  /** The citizen target group worked with. */
  public TargetGroup targetGroup() {
    return targetGroup;
  }

  /** The employment. */
  public Employment employment() {
    return employment;
  }

  /** The completed educations (a copy). */
  public List<Education> educations() {
    return List.copyOf(educations);
  }

  /** Earlier relevant work experience (a copy). */
  public List<WorkExperience> workExperience() {
    return List.copyOf(workExperience);
  }

  /** Leave periods, earliest first (a copy). */
  public List<LeavePeriod> leave() {
    return List.copyOf(leave);
  }

  /**
   * The leave the employee is on on a day.
   *
   * @param day the day
   * @return the leave that includes the day, or empty when the employee is at work
   */
  public Optional<LeavePeriod> leaveOn(LocalDate day) {
    Objects.requireNonNull(day, "day");
    return leave.stream().filter(l -> l.period().daysWithin(day, day) > 0).findFirst();
  }

  /** The prior-learning assessment, if one is recorded. */
  public Optional<PriorLearningAssessment> priorLearningAssessment() {
    return Optional.ofNullable(priorLearning);
  }

  /** The leader this employee reports to, if recorded. */
  public Optional<EmployeeId> leader() {
    return Optional.ofNullable(leader);
  }

  /** The day this employee became a leader; empty for non-leaders. */
  public Optional<LocalDate> leaderSince() {
    return Optional.ofNullable(leaderSince);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Employee other && other.id.equals(id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  @Override
  public String toString() {
    return "Employee[" + id + ", " + centre + "]";
  }
}
