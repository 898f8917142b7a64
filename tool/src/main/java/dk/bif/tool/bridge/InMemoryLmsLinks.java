package dk.bif.tool.bridge;

import dk.bif.core.enrolment.CohortId;
import dk.bif.core.people.EmployeeId;
import dk.bif.lti.launch.LmsCourse;
import dk.bif.lti.registration.RegistrationKey;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** {@link LmsLinks} in memory, for tests and a single node. Thread-safe. */
public final class InMemoryLmsLinks implements LmsLinks {

  /** An employee on one platform. */
  private record Holding(RegistrationKey platform, EmployeeId employee) {}

  private final Map<LmsPerson, EmployeeId> people = new HashMap<>();
  private final Map<Holding, LmsPerson> holders = new HashMap<>();
  private final ConcurrentMap<LmsCourse, CohortId> courses = new ConcurrentHashMap<>();

  @Override
  public synchronized PersonLinking linkPerson(LmsPerson person, EmployeeId proposed) {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(proposed, "proposed");
    EmployeeId existing = people.get(person);
    if (existing != null) return new PersonLinking.Linked(existing);
    Holding holding = new Holding(person.platform(), proposed);
    LmsPerson holder = holders.get(holding);
    if (holder != null) return new PersonLinking.EmployeeTaken(proposed, holder);
    people.put(person, proposed);
    holders.put(holding, person);
    return new PersonLinking.Linked(proposed);
  }

  @Override
  public synchronized boolean unlinkPerson(LmsPerson person) {
    EmployeeId employee = people.remove(Objects.requireNonNull(person, "person"));
    if (employee == null) return false;
    holders.remove(new Holding(person.platform(), employee));
    return true;
  }

  @Override
  public CohortId linkCourse(LmsCourse course, CohortId proposed) {
    Objects.requireNonNull(proposed, "proposed");
    return courses.computeIfAbsent(Objects.requireNonNull(course, "course"), c -> proposed);
  }

  @Override
  public synchronized Optional<EmployeeId> findPerson(LmsPerson person) {
    return Optional.ofNullable(people.get(Objects.requireNonNull(person, "person")));
  }

  @Override
  public synchronized Optional<LmsPerson> holderOf(RegistrationKey platform, EmployeeId employee) {
    return Optional.ofNullable(
        holders.get(
            new Holding(
                Objects.requireNonNull(platform, "platform"),
                Objects.requireNonNull(employee, "employee"))));
  }

  @Override
  public Optional<CohortId> findCourse(LmsCourse course) {
    return Optional.ofNullable(courses.get(Objects.requireNonNull(course, "course")));
  }
}
