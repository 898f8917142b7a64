package dk.bif.core.competence;

import dk.bif.core.people.EmployeeId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The append-only history of one employee's ratings.
 *
 * <p>Life cycle: starts empty when the employee is first rated; every self-assessment and every
 * leader's assessment is {@linkplain #record(Rating) recorded} and never changed or removed. The
 * latest rating of a role is the one with the latest date; on the same date the one recorded last.
 * Not thread-safe; repositories hand out copies.
 */
public final class RatingHistory {

  private final EmployeeId employee;
  private final List<Rating> ratings = new ArrayList<>();

  /**
   * @param employee whose ratings this history keeps
   */
  public RatingHistory(EmployeeId employee) {
    this.employee = Objects.requireNonNull(employee, "employee");
  }

  /**
   * A history holding {@code ratings} in the order given.
   *
   * @throws IllegalArgumentException when a rating is of another employee
   */
  public static RatingHistory of(EmployeeId employee, List<Rating> ratings) {
    RatingHistory history = new RatingHistory(employee);
    ratings.forEach(history::record);
    return history;
  }

  /** Whose ratings these are. */
  public EmployeeId employee() {
    return employee;
  }

  /**
   * Appends a rating.
   *
   * @param rating the rating, of this history's employee
   * @throws IllegalArgumentException when the rating is of another employee
   */
  public void record(Rating rating) {
    Objects.requireNonNull(rating, "rating");
    if (!rating.employee().equals(employee)) {
      throw new IllegalArgumentException(
          "a rating of " + rating.employee() + " does not belong in the history of " + employee);
    }
    ratings.add(rating);
  }

  /** Every rating in the order recorded (a copy). */
  public List<Rating> ratings() {
    return List.copyOf(ratings);
  }

  /** The ratings of one competence in the order recorded. */
  public List<Rating> ratings(CompetenceId competence) {
    return ratings.stream().filter(r -> r.competence().equals(competence)).toList();
  }

  /**
   * The latest rating by one role.
   *
   * @param competence the competence
   * @param role self or leader
   * @return the rating with the latest date (the last recorded on a tie), or empty
   */
  public Optional<Rating> latest(CompetenceId competence, RaterRole role) {
    Rating latest = null;
    for (Rating r : ratings) {
      if (r.competence().equals(competence)
          && r.role() == role
          && (latest == null || !r.date().isBefore(latest.date()))) {
        latest = r;
      }
    }
    return Optional.ofNullable(latest);
  }

  /** The competences rated at least once, in first-rated order. */
  public List<CompetenceId> ratedCompetences() {
    return ratings.stream().map(Rating::competence).distinct().toList();
  }

  /** The date of the most recent rating, if any. */
  public Optional<java.time.LocalDate> lastRatedOn() {
    return ratings.stream().map(Rating::date).max(Comparator.naturalOrder());
  }
}
