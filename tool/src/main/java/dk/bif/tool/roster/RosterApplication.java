package dk.bif.tool.roster;

import dk.bif.core.people.EmployeeId;
import java.util.List;
import java.util.Map;

/**
 * What applying a roster sync to a cohort did.
 *
 * @param enrolled employees enrolled in the cohort (new active learners)
 * @param reinstated employees taken back into the cohort they had left (the LMS made them active
 *     learners again)
 * @param withdrawn employees withdrawn from the cohort (removed, inactive or no longer learners in
 *     the LMS course), their enrolments kept inactive
 * @param unknown LMS user ids of active learners not in the staff register (reported, not enrolled)
 * @param notEnrolled LMS user ids of active learners in the staff register who were not enrolled,
 *     with the reason (not due, in another cohort, the cohort's part unknown)
 */
public record RosterApplication(
    List<EmployeeId> enrolled,
    List<EmployeeId> reinstated,
    List<EmployeeId> withdrawn,
    List<String> unknown,
    Map<String, String> notEnrolled) {
  public RosterApplication {
    enrolled = List.copyOf(enrolled);
    reinstated = List.copyOf(reinstated);
    withdrawn = List.copyOf(withdrawn);
    unknown = List.copyOf(unknown);
    notEnrolled = Map.copyOf(notEnrolled);
  }
}
