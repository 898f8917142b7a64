package dk.bif.tool.bridge;

import dk.bif.core.enrolment.CohortId;
import dk.bif.core.enrolment.Enrolment;
import dk.bif.core.people.EmployeeId;
import dk.bif.lti.launch.LtiLaunch;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A launch as the programme sees it. Immutable.
 *
 * @param launch the validated launch it came from
 * @param roles what the user is to the programme
 * @param employee the core's id for the user; empty for an anonymous launch
 * @param cohort the cohort the LMS course is; empty when the launch has no course
 * @param activity what the placement opens; empty for a deep-linking launch
 * @param participation where a participant stands with the activity's part
 * @param enrolment the participant's enrolment in that part, when there is one
 * @param reason why the participant is not enrolled, for {@link Participation#NOT_DUE} and {@link
 *     Participation#NOT_IN_STAFF_REGISTER}
 */
public record ActivityVisit(
    LtiLaunch launch,
    Set<BifRole> roles,
    Optional<EmployeeId> employee,
    Optional<CohortId> cohort,
    Optional<Activity> activity,
    Participation participation,
    Optional<Enrolment> enrolment,
    Optional<String> reason) {
  public ActivityVisit {
    Objects.requireNonNull(launch, "launch");
    roles = Set.copyOf(roles);
    Objects.requireNonNull(employee, "employee");
    Objects.requireNonNull(cohort, "cohort");
    Objects.requireNonNull(activity, "activity");
    Objects.requireNonNull(participation, "participation");
    Objects.requireNonNull(enrolment, "enrolment");
    Objects.requireNonNull(reason, "reason");
  }

  /**
   * Whether the user holds a BIF role.
   *
   * @param role the role
   * @return true when granted
   */
  public boolean is(BifRole role) {
    return roles.contains(role);
  }
}
