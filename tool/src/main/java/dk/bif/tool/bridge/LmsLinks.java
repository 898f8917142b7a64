package dk.bif.tool.bridge;

import dk.bif.core.enrolment.CohortId;
import dk.bif.core.people.EmployeeId;
import dk.bif.lti.launch.LmsCourse;
import dk.bif.lti.registration.RegistrationKey;
import java.util.Optional;

/**
 * Port: the links between LMS identities and the core's, made on launch and found again on every
 * later one. A person is linked to at most one employee, and an employee to at most one LMS user
 * per platform (issuer and client_id): two LMS accounts can never open one employee's pages.
 * Implementations are thread-safe and never replace a link once made: the first link wins, so two
 * nodes launching the same new user at once agree, and of two users claiming one employee at once
 * exactly one gets it.
 */
public interface LmsLinks {

  /**
   * Links a person to an employee unless the person is linked already or the employee is linked to
   * another LMS user of the same platform.
   *
   * @param person the LMS user
   * @param proposed the employee to link to
   * @return {@link PersonLinking.Linked} with the person's link (the new one, or the one they had),
   *     or {@link PersonLinking.EmployeeTaken} with the user who holds the employee
   */
  PersonLinking linkPerson(LmsPerson person, EmployeeId proposed);

  /**
   * Removes a person's link, so that their next launch links them afresh (a coordinator's
   * correction).
   *
   * @param person the LMS user
   * @return true when there was a link
   */
  boolean unlinkPerson(LmsPerson person);

  /**
   * Links a course unless already linked.
   *
   * @param course the LMS course
   * @param proposed the cohort to link to when no link exists yet
   * @return the cohort the course is linked to (the existing link, or {@code proposed})
   */
  CohortId linkCourse(LmsCourse course, CohortId proposed);

  /**
   * Finds a person's link without making one.
   *
   * @param person the LMS user
   * @return the employee the person is linked to, or empty when they were never linked
   */
  Optional<EmployeeId> findPerson(LmsPerson person);

  /**
   * Finds the LMS user of a platform an employee is linked to.
   *
   * @param platform the platform (issuer and client_id)
   * @param employee the employee
   * @return the LMS user, or empty when the employee is linked to nobody there
   */
  Optional<LmsPerson> holderOf(RegistrationKey platform, EmployeeId employee);

  /**
   * Finds a course's link without making one.
   *
   * @param course the LMS course
   * @return the cohort the course is linked to, or empty when nobody launched from it
   */
  Optional<CohortId> findCourse(LmsCourse course);
}
