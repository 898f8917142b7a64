package dk.bif.tool.bridge;

import dk.bif.core.people.Employee;
import java.util.Optional;

/**
 * The rule for a coordinator's link of a waiting LMS user to an employee, beside the one LMS user
 * per employee and platform that {@link LmsLinks} keeps:
 *
 * <ul>
 *   <li>an account that launched with an LMS Instructor, TeachingAssistant or Administrator role is
 *       not linked: the link would give a teacher's or administrator's account an employee's pages,
 *       rights the LMS role does not carry ({@link LinkRefusedException.Reason#ROLE_NOT_LINKABLE});
 *   <li>an account that launched as a leader (Mentor) is linked only to an employee who is a leader
 *       (appointed leader, or employees report to them): the leader's page shows that leader's
 *       employees ({@link LinkRefusedException.Reason#LEADER_ONLY_TO_LEADER}).
 * </ul>
 *
 * A participant's account may be linked to any employee, a leader included (leaders take the leader
 * module as participants). Stateless.
 */
public final class PersonLinkPolicy {

  /**
   * Why a link is refused.
   *
   * @param person the waiting person
   * @param employee the employee named
   * @param employeeIsLeader whether the employee is a leader
   * @return the refusal, or empty when the link may be made
   */
  public Optional<LinkRefusedException> refusal(
      WaitingPerson person, Employee employee, boolean employeeIsLeader) {
    String who = "LMS user " + person.person().subject();
    if (person.roles().contains(BifRole.TEACHER)
        || person.roles().contains(BifRole.ADMINISTRATOR)) {
      return Optional.of(
          new LinkRefusedException(
              LinkRefusedException.Reason.ROLE_NOT_LINKABLE,
              who
                  + " launched with an LMS instructor or administrator role; such an account is"
                  + " not linked to an employee (it would gain a participant's or leader's pages)"));
    }
    if (person.roles().contains(BifRole.LEADER) && !employeeIsLeader) {
      return Optional.of(
          new LinkRefusedException(
              LinkRefusedException.Reason.LEADER_ONLY_TO_LEADER,
              who
                  + " launched as a leader, and employee "
                  + employee.id()
                  + " is not a leader in the staff register; a leader is linked only to a leader"));
    }
    return Optional.empty();
  }
}
