package dk.bif.tool.roster;

import dk.bif.core.enrolment.Enrolment;
import dk.bif.core.people.EmployeeId;
import dk.bif.lti.nrps.MemberStatus;
import dk.bif.tool.bridge.BifRole;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One member of a cohort's LMS course, as the teacher's roster page shows them.
 *
 * @param userId the LMS user id (the {@code sub} of their launches)
 * @param name the full name, when the platform shares it
 * @param roles the member's role URIs in the course, as last synced
 * @param courseRoles what those roles make them in BIF (participant, teacher, leader)
 * @param status active, inactive or deleted in the LMS course
 * @param employee the employee they are: their link, or the staff-register entry their LMS id maps
 *     to; empty when not in the staff register
 * @param state where they stand with the cohort's part
 * @param enrolment their enrolment in the part (with its withdrawal, if any), when enrolled
 */
public record RosterEntry(
    String userId,
    Optional<String> name,
    List<String> roles,
    Set<BifRole> courseRoles,
    MemberStatus status,
    Optional<EmployeeId> employee,
    EnrolmentState state,
    Optional<Enrolment> enrolment) {
  public RosterEntry {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(name, "name");
    roles = List.copyOf(roles);
    courseRoles = Set.copyOf(courseRoles);
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(employee, "employee");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(enrolment, "enrolment");
  }
}
