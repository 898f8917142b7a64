package dk.bif.tool.grades;

import dk.bif.core.curriculum.PartId;
import dk.bif.core.enrolment.CohortId;
import java.util.List;

/**
 * Port: each cohort's exam placements, recorded on every launch into a part's exam that carries the
 * AGS claim and read by the delivery worker for participants who have not launched themselves.
 * Implementations are thread-safe.
 */
public interface ExamPlacements {

  /**
   * Stores a placement, replacing the one with the same (cohort, part, deployment).
   *
   * @param placement the placement
   */
  void record(ExamPlacement placement);

  /**
   * @param cohort a cohort
   * @param part a part
   * @return the cohort's placements of the part's exam, ordered by issuer, client id and deployment
   *     id; empty when nobody launched the exam from the cohort's course with AGS
   */
  List<ExamPlacement> of(CohortId cohort, PartId part);
}
