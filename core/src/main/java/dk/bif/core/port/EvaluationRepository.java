package dk.bif.core.port;

import dk.bif.core.enrolment.CohortId;
import dk.bif.core.evaluation.EvaluationResponse;
import java.util.List;

/**
 * Stores participant evaluations. Responses carry no participant identity, so the store cannot leak
 * one. Implementations must be thread-safe.
 */
public interface EvaluationRepository {

  /**
   * Stores a response.
   *
   * @param response the response
   */
  void save(EvaluationResponse response);

  /**
   * The responses for one cohort.
   *
   * @param cohort the cohort
   * @return its responses in the order saved; empty when none
   */
  List<EvaluationResponse> forCohort(CohortId cohort);

  /** Every response in the order saved. */
  List<EvaluationResponse> all();
}
