package dk.bif.tool.bridge;

import dk.bif.core.enrolment.CohortId;
import dk.bif.core.people.EmployeeId;
import dk.bif.lti.launch.LmsCourse;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** {@link LmsLinks} in memory, for tests and a single node. Thread-safe. */
public final class InMemoryLmsLinks implements LmsLinks {

  private final ConcurrentMap<LmsPerson, EmployeeId> people = new ConcurrentHashMap<>();
  private final ConcurrentMap<LmsCourse, CohortId> courses = new ConcurrentHashMap<>();

  @Override
  public EmployeeId linkPerson(LmsPerson person, EmployeeId proposed) {
    Objects.requireNonNull(proposed, "proposed");
    return people.computeIfAbsent(Objects.requireNonNull(person, "person"), p -> proposed);
  }

  @Override
  public CohortId linkCourse(LmsCourse course, CohortId proposed) {
    Objects.requireNonNull(proposed, "proposed");
    return courses.computeIfAbsent(Objects.requireNonNull(course, "course"), c -> proposed);
  }

  @Override
  public Optional<EmployeeId> findPerson(LmsPerson person) {
    return Optional.ofNullable(people.get(Objects.requireNonNull(person, "person")));
  }

  @Override
  public Optional<CohortId> findCourse(LmsCourse course) {
    return Optional.ofNullable(courses.get(Objects.requireNonNull(course, "course")));
  }
}
