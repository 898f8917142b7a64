package dk.bif.core.port;

import static org.assertj.core.api.Assertions.assertThat;

import dk.bif.core.enrolment.CohortId;
import dk.bif.core.evaluation.EvaluationResponse;
import dk.bif.core.evaluation.QuestionId;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract every {@link EvaluationRepository} keeps. Subclass it per implementation. */
public abstract class AbstractEvaluationRepositoryContractTest {

  private static final CohortId A = CohortId.of("hold-a");
  private static final CohortId B = CohortId.of("hold-b");

  private EvaluationRepository repository;

  /** A new, empty repository. */
  protected abstract EvaluationRepository createRepository();

  @BeforeEach
  void setUp() {
    repository = createRepository();
  }

  @Test
  void aCohortWithoutResponsesHasNone() {
    assertThat(repository.forCohort(A)).isEmpty();
    assertThat(repository.all()).isEmpty();
  }

  @Test
  void responsesAreFoundByCohortInTheOrderSaved() {
    EvaluationResponse first = response(A, 4, "first");
    EvaluationResponse other = response(B, 2, "");
    EvaluationResponse second = response(A, 5, "second");

    repository.save(first);
    repository.save(other);
    repository.save(second);

    assertThat(repository.forCohort(A)).containsExactly(first, second);
    assertThat(repository.all()).containsExactly(first, other, second);
  }

  @Test
  void twoIdenticalAnonymousResponsesAreBothKept() {
    repository.save(response(A, 4, ""));
    repository.save(response(A, 4, ""));

    assertThat(repository.forCohort(A)).hasSize(2);
  }

  private static EvaluationResponse response(CohortId cohort, int score, String text) {
    return new EvaluationResponse(cohort, Map.of(QuestionId.of("samlet"), score), text);
  }
}
