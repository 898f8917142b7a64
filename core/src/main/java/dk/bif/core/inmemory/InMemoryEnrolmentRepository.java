package dk.bif.core.inmemory;

import dk.bif.core.curriculum.PartId;
import dk.bif.core.enrolment.CohortId;
import dk.bif.core.enrolment.Enrolment;
import dk.bif.core.people.EmployeeId;
import dk.bif.core.port.EnrolmentRepository;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** An {@link EnrolmentRepository} in memory. Thread-safe. */
public final class InMemoryEnrolmentRepository implements EnrolmentRepository {

  private record Key(EmployeeId employee, PartId part) {}

  private final ConcurrentHashMap<Key, Enrolment> enrolments = new ConcurrentHashMap<>();

  @Override
  public void save(Enrolment enrolment) {
    Objects.requireNonNull(enrolment, "enrolment");
    enrolments.put(new Key(enrolment.employee(), enrolment.part()), enrolment);
  }

  @Override
  public Optional<Enrolment> find(EmployeeId employee, PartId part) {
    return Optional.ofNullable(
        enrolments.get(
            new Key(
                Objects.requireNonNull(employee, "employee"),
                Objects.requireNonNull(part, "part"))));
  }

  @Override
  public List<Enrolment> ofEmployee(EmployeeId employee) {
    Objects.requireNonNull(employee, "employee");
    return enrolments.values().stream()
        .filter(e -> e.employee().equals(employee))
        .sorted(Comparator.comparing(Enrolment::startsOn).thenComparing(e -> e.part().value()))
        .toList();
  }

  @Override
  public List<Enrolment> inCohort(CohortId cohort) {
    Objects.requireNonNull(cohort, "cohort");
    return enrolments.values().stream()
        .filter(e -> e.cohort().equals(cohort))
        .sorted(Comparator.comparing(e -> e.employee().value()))
        .toList();
  }
}
