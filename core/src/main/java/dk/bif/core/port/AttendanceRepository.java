package dk.bif.core.port;

import dk.bif.core.attendance.AttendanceSheet;
import dk.bif.core.enrolment.CohortId;
import dk.bif.core.people.EmployeeId;
import java.util.List;
import java.util.Optional;

/** Stores attendance sheets: one per participant and cohort. Implementations are thread-safe. */
public interface AttendanceRepository {

  /**
   * Stores a sheet, replacing any for the same participant and cohort.
   *
   * @param sheet the sheet
   */
  void save(AttendanceSheet sheet);

  /**
   * @param employee a participant
   * @param cohort a cohort
   * @return the participant's sheet in the cohort, or empty
   */
  Optional<AttendanceSheet> find(EmployeeId employee, CohortId cohort);

  /**
   * @param cohort a cohort
   * @return the cohort's sheets, ordered by employee id
   */
  List<AttendanceSheet> inCohort(CohortId cohort);
}
