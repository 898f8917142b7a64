package dk.bif.tool.grades;

import dk.bif.core.curriculum.PartId;
import dk.bif.core.people.EmployeeId;
import dk.bif.lti.registration.Deployment;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * {@link GradeRoutes} in memory, for tests and a single node: indexed by (employee, part), so a
 * lookup costs the same with one route or a million. Thread-safe.
 */
public final class InMemoryGradeRoutes implements GradeRoutes {

  private record Key(EmployeeId employee, PartId part) {}

  private static final Comparator<GradeRoute> ORDER =
      Comparator.comparing((GradeRoute r) -> r.deployment().registration().issuer().value())
          .thenComparing(r -> r.deployment().registration().clientId().value())
          .thenComparing(r -> r.deployment().id().value());

  private final ConcurrentMap<Key, Map<Deployment, GradeRoute>> routes = new ConcurrentHashMap<>();

  @Override
  public void record(GradeRoute route) {
    Objects.requireNonNull(route, "route");
    routes
        .computeIfAbsent(new Key(route.employee(), route.part()), k -> new ConcurrentHashMap<>())
        .put(route.deployment(), route);
  }

  @Override
  public List<GradeRoute> of(EmployeeId employee, PartId part) {
    Map<Deployment, GradeRoute> found =
        routes.get(
            new Key(
                Objects.requireNonNull(employee, "employee"),
                Objects.requireNonNull(part, "part")));
    return found == null ? List.of() : found.values().stream().sorted(ORDER).toList();
  }
}
