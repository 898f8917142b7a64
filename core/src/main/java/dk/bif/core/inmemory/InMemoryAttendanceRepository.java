package dk.bif.core.inmemory;

import dk.bif.core.attendance.AttendanceSheet;
import dk.bif.core.enrolment.CohortId;
import dk.bif.core.people.EmployeeId;
import dk.bif.core.port.AttendanceRepository;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** An {@link AttendanceRepository} in memory. Thread-safe. */
public final class InMemoryAttendanceRepository implements AttendanceRepository {

  private record Key(EmployeeId employee, CohortId cohort) {}

  private final ConcurrentHashMap<Key, AttendanceSheet> sheets = new ConcurrentHashMap<>();

  @Override
  public void save(AttendanceSheet sheet) {
    Objects.requireNonNull(sheet, "sheet");
    sheets.put(new Key(sheet.employee(), sheet.cohort()), sheet);
  }

  @Override
  public Optional<AttendanceSheet> find(EmployeeId employee, CohortId cohort) {
    return Optional.ofNullable(
        sheets.get(
            new Key(
                Objects.requireNonNull(employee, "employee"),
                Objects.requireNonNull(cohort, "cohort"))));
  }

  @Override
  public List<AttendanceSheet> inCohort(CohortId cohort) {
    Objects.requireNonNull(cohort, "cohort");
    return sheets.values().stream()
        .filter(s -> s.cohort().equals(cohort))
        .sorted(Comparator.comparing(s -> s.employee().value()))
        .toList();
  }
}
