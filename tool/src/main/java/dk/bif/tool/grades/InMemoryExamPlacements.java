package dk.bif.tool.grades;

import dk.bif.core.curriculum.PartId;
import dk.bif.core.enrolment.CohortId;
import dk.bif.lti.registration.Deployment;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** {@link ExamPlacements} in memory, for tests and a single node. Thread-safe. */
public final class InMemoryExamPlacements implements ExamPlacements {

  private record Key(CohortId cohort, PartId part) {}

  private static final Comparator<ExamPlacement> ORDER =
      Comparator.comparing((ExamPlacement p) -> p.deployment().registration().issuer().value())
          .thenComparing(p -> p.deployment().registration().clientId().value())
          .thenComparing(p -> p.deployment().id().value());

  private final ConcurrentMap<Key, Map<Deployment, ExamPlacement>> placements =
      new ConcurrentHashMap<>();

  @Override
  public void record(ExamPlacement placement) {
    Objects.requireNonNull(placement, "placement");
    placements
        .computeIfAbsent(
            new Key(placement.cohort(), placement.part()), k -> new ConcurrentHashMap<>())
        .put(placement.deployment(), placement);
  }

  @Override
  public List<ExamPlacement> of(CohortId cohort, PartId part) {
    Map<Deployment, ExamPlacement> found =
        placements.get(
            new Key(
                Objects.requireNonNull(cohort, "cohort"), Objects.requireNonNull(part, "part")));
    return found == null ? List.of() : found.values().stream().sorted(ORDER).toList();
  }
}
