package dk.bif.core.competence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Step 2 of the competence tool: the rule that decides whether an employee matches a profile.
 *
 * <p><b>The rule.</b> An employee matches a profile when at least {@code requiredPercent}% of the
 * profile's competences (rounded up, at least one) are at or above the scale's proficient threshold
 * in the employee's current levels ({@link CurrentLevelPolicy}). The default is {@value
 * #DEFAULT_REQUIRED_PERCENT}%: the sources say no employee is expected to hold all competences of a
 * profile, since profiles describe roles, not people (seed 002, section 11).
 *
 * <p><b>Distance.</b> For an employee who does not match, the distance is the fewest rating steps
 * that would make the rule hold: the missing number of competences, each taken where the employee
 * is nearest the threshold (an unknown level counts as 0). Employees are ranked nearest first.
 *
 * <p>Stateless and thread-safe.
 */
public final class ProfileMatchPolicy {

  /** The default share of a profile's competences an employee must hold proficiently. */
  public static final int DEFAULT_REQUIRED_PERCENT = 50;

  private final ProficiencyScale scale;
  private final int requiredPercent;

  /**
   * @param scale the scale whose proficient threshold counts
   * @param requiredPercent the share of a profile's competences required, 1..100
   */
  public ProfileMatchPolicy(ProficiencyScale scale, int requiredPercent) {
    this.scale = Objects.requireNonNull(scale, "scale");
    if (requiredPercent < 1 || requiredPercent > 100) {
      throw new IllegalArgumentException(
          "the required share must be 1..100 percent; got " + requiredPercent);
    }
    this.requiredPercent = requiredPercent;
  }

  /** The policy with the {@linkplain #DEFAULT_REQUIRED_PERCENT default share}. */
  public static ProfileMatchPolicy standard(ProficiencyScale scale) {
    return new ProfileMatchPolicy(scale, DEFAULT_REQUIRED_PERCENT);
  }

  /**
   * How many competences the rule requires of a profile.
   *
   * @param competenceCount the profile's number of competences
   * @return the required number, at least 1
   */
  public int requiredCount(int competenceCount) {
    return Math.max(1, (competenceCount * requiredPercent + 99) / 100);
  }

  /**
   * Applies the rule.
   *
   * @param employee the employee's current levels
   * @param profile the profile
   * @return whether the employee matches, and the distance if not
   */
  public ProfileMatch match(EmployeeCompetences employee, Profile profile) {
    int required = requiredCount(profile.competences().size());
    List<Shortfall> shortfalls = new ArrayList<>();
    int proficient = 0;
    for (Competence c : profile.competences()) {
      int rank = employee.rank(c.id());
      if (scale.isProficient(rank)) {
        proficient++;
      } else {
        shortfalls.add(new Shortfall(c.id(), scale.proficientRank() - rank));
      }
    }
    int missing = Math.max(0, required - proficient);
    List<Shortfall> nearest =
        shortfalls.stream()
            .sorted(Comparator.comparingInt(Shortfall::steps))
            .limit(missing)
            .toList();
    int distance = nearest.stream().mapToInt(Shortfall::steps).sum();
    return new ProfileMatch(
        employee.employee(),
        profile.id(),
        missing == 0,
        proficient,
        required,
        distance,
        nearest.stream().map(Shortfall::competence).toList());
  }

  private record Shortfall(CompetenceId competence, int steps) {}
}
