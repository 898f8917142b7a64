package dk.bif.core.competence;

import dk.bif.core.people.EmployeeId;
import java.util.List;
import java.util.Objects;

/**
 * Step 2 for one employee and one profile: whether the employee matches it, and how far they are
 * from matching.
 *
 * @param employee the employee
 * @param profile the profile
 * @param matches whether the {@link ProfileMatchPolicy} rule holds
 * @param proficient how many of the profile's competences the employee holds at the proficient
 *     threshold or above
 * @param required how many the rule requires
 * @param distance the fewest rating steps that would make the employee match; 0 when matching
 * @param toDevelop the competences whose development closes the distance, nearest first; empty when
 *     matching
 */
public record ProfileMatch(
    EmployeeId employee,
    ProfileId profile,
    boolean matches,
    int proficient,
    int required,
    int distance,
    List<CompetenceId> toDevelop) {
  public ProfileMatch {
    Objects.requireNonNull(employee, "employee");
    Objects.requireNonNull(profile, "profile");
    toDevelop = List.copyOf(Objects.requireNonNull(toDevelop, "toDevelop"));
    if (matches != (distance == 0)) {
      throw new IllegalArgumentException(
          "a match has distance 0 and a non-match a positive distance; got matches="
              + matches
              + ", distance="
              + distance);
    }
  }
}
