package dk.bif.lti.nrps;

import java.util.List;

/**
 * What a roster sync found, by user id.
 *
 * @param joined members new to the course (to enrol in the cohort)
 * @param left members now inactive or deleted (to mark inactive in the cohort)
 * @param rolesChanged members whose roles changed
 * @param snapshot the roster after the sync
 */
public record RosterChanges(
    List<String> joined, List<String> left, List<String> rolesChanged, RosterSnapshot snapshot) {
  public RosterChanges {
    joined = List.copyOf(joined);
    left = List.copyOf(left);
    rolesChanged = List.copyOf(rolesChanged);
    java.util.Objects.requireNonNull(snapshot, "snapshot");
  }
}
