package dk.bif.core.port;

import dk.bif.core.attendance.CohortCalendar;
import dk.bif.core.enrolment.CohortId;
import java.util.Optional;

/** Stores cohort calendars: one per cohort. Implementations are thread-safe. */
public interface CohortCalendarRepository {

  /**
   * Stores a calendar, replacing any of the same cohort.
   *
   * @param calendar the calendar
   */
  void save(CohortCalendar calendar);

  /**
   * @param cohort a cohort
   * @return its calendar, or empty when none was stored
   */
  Optional<CohortCalendar> find(CohortId cohort);
}
