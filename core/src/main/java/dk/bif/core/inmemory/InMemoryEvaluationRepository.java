package dk.bif.core.inmemory;

import dk.bif.core.enrolment.CohortId;
import dk.bif.core.evaluation.EvaluationResponse;
import dk.bif.core.port.EvaluationRepository;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/** An {@link EvaluationRepository} in memory. Thread-safe. */
public final class InMemoryEvaluationRepository implements EvaluationRepository {

  private final CopyOnWriteArrayList<EvaluationResponse> responses = new CopyOnWriteArrayList<>();

  @Override
  public void save(EvaluationResponse response) {
    responses.add(Objects.requireNonNull(response, "response"));
  }

  @Override
  public List<EvaluationResponse> forCohort(CohortId cohort) {
    Objects.requireNonNull(cohort, "cohort");
    return responses.stream().filter(r -> r.cohort().equals(cohort)).toList();
  }

  @Override
  public List<EvaluationResponse> all() {
    return List.copyOf(responses);
  }
}
