package dk.bif.core.competence;

import dk.bif.core.people.EmployeeId;
import java.util.List;
import java.util.Objects;

/**
 * Step 3 for one profile: staff matching now against the centre's need.
 *
 * @param profile the profile
 * @param needed the head count the centre needs
 * @param matching the employees who match now
 * @param nearest the employees who do not match, nearest to matching first (all of them)
 */
public record ProfileSituation(
    ProfileId profile, int needed, List<EmployeeId> matching, List<ProfileMatch> nearest) {
  public ProfileSituation {
    Objects.requireNonNull(profile, "profile");
    matching = List.copyOf(Objects.requireNonNull(matching, "matching"));
    nearest = List.copyOf(Objects.requireNonNull(nearest, "nearest"));
    if (needed < 0) {
      throw new IllegalArgumentException("needed cannot be negative; got " + needed);
    }
  }

  /** How many employees match now. */
  public int matchingCount() {
    return matching.size();
  }

  /** The employees still needed: need minus matching, never below 0. */
  public int gap() {
    return Math.max(0, needed - matching.size());
  }

  /** The {@link #gap()} nearest employees: the ones whose development closes the gap soonest. */
  public List<ProfileMatch> candidates() {
    return nearest.subList(0, Math.min(gap(), nearest.size()));
  }
}
