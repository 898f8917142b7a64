package dk.bif.core.inmemory;

import dk.bif.core.attendance.CohortCalendar;
import dk.bif.core.enrolment.CohortId;
import dk.bif.core.port.CohortCalendarRepository;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link CohortCalendarRepository} in memory. Thread-safe (calendars are immutable). */
public final class InMemoryCohortCalendarRepository implements CohortCalendarRepository {
  private final ConcurrentHashMap<CohortId, CohortCalendar> calendars = new ConcurrentHashMap<>();

  @Override
  public void save(CohortCalendar calendar) {
    Objects.requireNonNull(calendar, "calendar");
    calendars.put(calendar.cohort(), calendar);
  }

  @Override
  public Optional<CohortCalendar> find(CohortId cohort) {
    return Optional.ofNullable(calendars.get(Objects.requireNonNull(cohort, "cohort")));
  }
}
