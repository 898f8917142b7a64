package dk.bif.tool.pages;

import dk.bif.core.enrolment.CohortId;
import dk.bif.core.people.EmployeeId;
import dk.bif.tool.bridge.Activity;
import dk.bif.tool.bridge.BifRole;
import dk.bif.tool.bridge.Participation;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a launch established about the user, carried by the page session cookie until it expires.
 * Immutable.
 *
 * @param id random session id; the CSRF token is derived from it
 * @param issuer the launching platform's issuer
 * @param clientId the tool's client_id at that platform
 * @param deploymentId the deployment the launch came through
 * @param lmsUser the user's {@code sub} at the platform
 * @param displayName the name to greet the user with
 * @param employee the core's id for the user, when the launch named one
 * @param roles what the user is to the programme
 * @param cohort the cohort the LMS course is, when the launch had a course
 * @param activity the activity the placement opens, when it names one
 * @param contextId the LMS course id, when there is one
 * @param resourceLinkId the placement's id, when there is one
 * @param participation where a participant stood with the part at launch
 * @param reason why a participant is not enrolled, for {@link Participation#NOT_DUE} and {@link
 *     Participation#NOT_IN_STAFF_REGISTER}
 * @param locale the language of the pages: Danish unless the launch asked for English
 * @param expiresAt when the session ends; the user then opens the activity from the LMS again
 */
public record PageSession(
    String id,
    String issuer,
    String clientId,
    String deploymentId,
    String lmsUser,
    String displayName,
    Optional<EmployeeId> employee,
    Set<BifRole> roles,
    Optional<CohortId> cohort,
    Optional<Activity> activity,
    Optional<String> contextId,
    Optional<String> resourceLinkId,
    Participation participation,
    Optional<String> reason,
    Locale locale,
    Instant expiresAt) {

  /** Checks and copies. */
  public PageSession {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(deploymentId, "deploymentId");
    Objects.requireNonNull(lmsUser, "lmsUser");
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(employee, "employee");
    roles = Set.copyOf(roles);
    Objects.requireNonNull(cohort, "cohort");
    Objects.requireNonNull(activity, "activity");
    Objects.requireNonNull(contextId, "contextId");
    Objects.requireNonNull(resourceLinkId, "resourceLinkId");
    Objects.requireNonNull(participation, "participation");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }

  /**
   * Whether the user holds a BIF role.
   *
   * @param role the role
   * @return true when granted by the launch
   */
  public boolean is(BifRole role) {
    return roles.contains(role);
  }

  /**
   * Whether the session is the user's own employee record.
   *
   * @param other an employee
   * @return true when the launch linked the user to {@code other}
   */
  public boolean isEmployee(EmployeeId other) {
    return employee.map(other::equals).orElse(false);
  }
}
