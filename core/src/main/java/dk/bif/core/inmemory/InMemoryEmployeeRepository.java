package dk.bif.core.inmemory;

import dk.bif.core.people.CentreId;
import dk.bif.core.people.Employee;
import dk.bif.core.people.EmployeeId;
import dk.bif.core.port.EmployeeRepository;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Predicate;

/** An {@link EmployeeRepository} in memory. Thread-safe. */
public final class InMemoryEmployeeRepository implements EmployeeRepository {

  private final ConcurrentSkipListMap<String, Employee> byId = new ConcurrentSkipListMap<>();

  @Override
  public void save(Employee employee) {
    Objects.requireNonNull(employee, "employee");
    byId.put(employee.id().value(), employee);
  }

  @Override
  public Optional<Employee> find(EmployeeId id) {
    return Optional.ofNullable(byId.get(Objects.requireNonNull(id, "id").value()));
  }

  @Override
  public List<Employee> all() {
    return List.copyOf(byId.values());
  }

  @Override
  public List<Employee> reportingTo(EmployeeId leader) {
    Objects.requireNonNull(leader, "leader");
    return matching(e -> e.leader().filter(leader::equals).isPresent());
  }

  @Override
  public List<Employee> inCentre(CentreId centre) {
    Objects.requireNonNull(centre, "centre");
    return matching(e -> e.centre().equals(centre));
  }

  private List<Employee> matching(Predicate<Employee> filter) {
    return byId.values().stream().filter(filter).toList();
  }
}
