package dk.bif.lti.ags;

import dk.bif.core.curriculum.PartId;
import dk.bif.core.people.EmployeeId;
import dk.bif.lti.registration.Deployment;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** {@link GradeRoutes} in memory, for tests and a single node. Thread-safe. */
public final class InMemoryGradeRoutes implements GradeRoutes {

  private record Key(EmployeeId employee, PartId part, Deployment deployment) {}

  private static final Comparator<GradeRoute> ORDER =
      Comparator.comparing((GradeRoute r) -> r.deployment().registration().issuer().value())
          .thenComparing(r -> r.deployment().registration().clientId().value())
          .thenComparing(r -> r.deployment().id().value());

  private final ConcurrentMap<Key, GradeRoute> routes = new ConcurrentHashMap<>();

  @Override
  public void record(GradeRoute route) {
    Objects.requireNonNull(route, "route");
    routes.put(new Key(route.employee(), route.part(), route.deployment()), route);
  }

  @Override
  public List<GradeRoute> of(EmployeeId employee, PartId part) {
    Objects.requireNonNull(employee, "employee");
    Objects.requireNonNull(part, "part");
    return routes.values().stream()
        .filter(r -> r.employee().equals(employee) && r.part().equals(part))
        .sorted(ORDER)
        .toList();
  }
}
