package dk.bif.core.port;

import dk.bif.core.competence.Rating;
import dk.bif.core.competence.RatingHistory;
import dk.bif.core.people.EmployeeId;
import java.util.Set;

/**
 * Stores employees' competence ratings, append-only: there is no way to change or remove a rating.
 * Implementations must be thread-safe.
 */
public interface RatingRepository {

  /**
   * Appends a rating to its employee's history.
   *
   * @param rating the rating
   */
  void append(Rating rating);

  /**
   * The history of one employee, in the order the ratings were appended.
   *
   * @param employee the employee
   * @return a copy of the history; an empty history when the employee has never been rated
   */
  RatingHistory historyOf(EmployeeId employee);

  /** The employees with at least one rating. */
  Set<EmployeeId> ratedEmployees();
}
