package dk.bif.tool.pages.teacher;

import dk.bif.lti.nrps.MemberStatus;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One member of the LMS course as the last NRPS roster listed them.
 *
 * @param userId the LMS user id
 * @param name the name, when the platform shares it; else the user id
 * @param roles the course roles' short names, e.g. {@code Learner} (copied)
 * @param status active, inactive or deleted
 */
public record LmsMemberRow(String userId, String name, List<String> roles, MemberStatus status) {
  public LmsMemberRow {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(name, "name");
    roles = List.copyOf(roles);
    Objects.requireNonNull(status, "status");
  }

  /** The roles as one line, e.g. {@code Learner, Mentor}. */
  public String rolesText() {
    return String.join(", ", roles);
  }

  /** The bundle key of the status, e.g. {@code teacher.lms.status.active}. */
  public String statusKey() {
    return "teacher.lms.status." + status.name().toLowerCase(Locale.ROOT);
  }
}
