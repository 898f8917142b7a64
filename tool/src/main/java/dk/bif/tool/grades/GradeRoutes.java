package dk.bif.tool.grades;

import dk.bif.core.curriculum.PartId;
import dk.bif.core.people.EmployeeId;
import java.util.List;

/**
 * Port: where each participant's grades go, recorded on launch and read by the delivery worker.
 * Implementations are thread-safe.
 */
public interface GradeRoutes {

  /**
   * Stores a route, replacing the one with the same (employee, part, deployment).
   *
   * @param route the route
   */
  void record(GradeRoute route);

  /**
   * @param employee a participant
   * @param part a part
   * @return the participant's routes for the part, ordered by issuer, client id and deployment id;
   *     empty when the participant never launched the part's exam with AGS
   */
  List<GradeRoute> of(EmployeeId employee, PartId part);
}
