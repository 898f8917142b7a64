package dk.bif.lti.nrps;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One member of an LMS course as NRPS 2.0 lists it (§2.3).
 *
 * @param userId the member's user id: the {@code sub} of their launches
 * @param name the full name, when the platform shares it
 * @param email the e-mail address, when the platform shares it and the tool needs it
 * @param roles the member's role URIs in the course
 * @param status active, inactive or deleted
 */
public record RosterMember(
    String userId,
    Optional<String> name,
    Optional<String> email,
    List<String> roles,
    MemberStatus status) {
  public RosterMember {
    Objects.requireNonNull(userId, "userId");
    if (userId.isBlank()) throw new IllegalArgumentException("user_id must not be blank");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(email, "email");
    roles = List.copyOf(roles);
    Objects.requireNonNull(status, "status");
  }
}
