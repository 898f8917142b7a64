package dk.bif.core.competence;

import dk.bif.core.people.EmployeeId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One rating of one employee's competence: a self-assessment or the leader's assessment. Ratings
 * are never changed; a new assessment is a new rating.
 *
 * @param employee whose competence is rated
 * @param competence the competence rated
 * @param level the rank on the framework's proficiency scale, at least 1 (the scale's upper bound
 *     is checked by {@link dk.bif.core.application.CompetenceAssessment} against the framework)
 * @param role self-assessment or leader
 * @param rater who rated: the employee for a self-assessment, someone else for a leader's rating
 * @param date the day of the assessment
 * @param note the rater's note, possibly empty, never null
 */
public record Rating(
    EmployeeId employee,
    CompetenceId competence,
    int level,
    RaterRole role,
    EmployeeId rater,
    LocalDate date,
    String note) {
  public Rating {
    Objects.requireNonNull(employee, "employee");
    Objects.requireNonNull(competence, "competence");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(rater, "rater");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(note, "note");
    if (level < 1) {
      throw new IllegalArgumentException("a rating level starts at 1; got " + level);
    }
    if (role == RaterRole.SELF && !rater.equals(employee)) {
      throw new IllegalArgumentException(
          "a self-assessment of " + employee + " must be rated by " + employee + ", not " + rater);
    }
    if (role == RaterRole.LEADER && rater.equals(employee)) {
      throw new IllegalArgumentException(
          "a leader's rating of " + employee + " cannot be made by the employee themself");
    }
  }

  /**
   * A self-assessment.
   *
   * @param employee who rates themself
   * @param competence the competence
   * @param level the rank on the scale
   * @param date the day of the assessment
   * @param note the note, possibly empty
   * @return the rating
   */
  public static Rating self(
      EmployeeId employee, CompetenceId competence, int level, LocalDate date, String note) {
    return new Rating(employee, competence, level, RaterRole.SELF, employee, date, note);
  }

  /**
   * A leader's assessment.
   *
   * @param employee who is rated
   * @param competence the competence
   * @param level the rank on the scale
   * @param leader who rates, not the employee
   * @param date the day of the assessment
   * @param note the note, possibly empty
   * @return the rating
   */
  public static Rating byLeader(
      EmployeeId employee,
      CompetenceId competence,
      int level,
      EmployeeId leader,
      LocalDate date,
      String note) {
    return new Rating(employee, competence, level, RaterRole.LEADER, leader, date, note);
  }
}
