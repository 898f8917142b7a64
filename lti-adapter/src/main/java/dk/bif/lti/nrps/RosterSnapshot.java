package dk.bif.lti.nrps;

import dk.bif.lti.launch.LmsCourse;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A course's membership as last fetched.
 *
 * @param course the LMS course
 * @param members the members, ordered by user id
 * @param differences the URL the platform offered for the next {@code differences} round, if any
 * @param takenAt when it was fetched
 */
public record RosterSnapshot(
    LmsCourse course, List<RosterMember> members, Optional<URI> differences, Instant takenAt) {
  public RosterSnapshot {
    Objects.requireNonNull(course, "course");
    members = List.copyOf(members);
    Objects.requireNonNull(differences, "differences");
    Objects.requireNonNull(takenAt, "takenAt");
  }

  /**
   * @param userId a user id
   * @return the member with that id, or empty
   */
  public Optional<RosterMember> member(String userId) {
    return members.stream().filter(m -> m.userId().equals(userId)).findFirst();
  }
}
