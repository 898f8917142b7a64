package dk.bif.tool.bridge;

import dk.bif.core.enrolment.CohortId;
import dk.bif.core.people.EmployeeId;
import dk.bif.lti.launch.LmsCourse;
import java.util.Optional;

/**
 * Port: the links between LMS identities and the core's, made on first launch and found again on
 * every later one. Implementations are thread-safe and never replace a link once made: the first
 * link wins, so two nodes launching the same new user at once agree.
 */
public interface LmsLinks {

  /**
   * Links a person unless already linked.
   *
   * @param person the LMS user
   * @param proposed the employee to link to when no link exists yet
   * @return the employee the person is linked to (the existing link, or {@code proposed})
   */
  EmployeeId linkPerson(LmsPerson person, EmployeeId proposed);

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
   * @return the employee the person is linked to, or empty when they never launched
   */
  Optional<EmployeeId> findPerson(LmsPerson person);

  /**
   * Finds a course's link without making one.
   *
   * @param course the LMS course
   * @return the cohort the course is linked to, or empty when nobody launched from it
   */
  Optional<CohortId> findCourse(LmsCourse course);
}
