package dk.bif.core.enrolment;

import dk.bif.core.curriculum.PartId;
import java.util.List;

/**
 * A load run, not a test: plans the whole administration (2,345 employees over 8 centres) and
 * prints the time per plan after warming up. Run with {@code java -cp
 * core/target/classes:core/target/test-classes dk.bif.core.enrolment.CohortPlannerLoadRun}.
 */
public final class CohortPlannerLoadRun {
  private CohortPlannerLoadRun() {}

  /**
   * @param args ignored
   */
  public static void main(String[] args) {
    List<Candidate> everyone = Candidates.spread(2345, 9, 6, 5, 4, 3, 3, 2, 2);
    CohortPlanner planner = new CohortPlanner();
    long first = System.nanoTime();
    CohortPlan plan = planner.plan(PartId.BIF_DEL_1, everyone, "cold");
    long cold = System.nanoTime() - first;
    for (int i = 0; i < 200; i++) {
      plan = planner.plan(PartId.BIF_DEL_1, everyone, "warmup");
    }
    int runs = 100;
    long start = System.nanoTime();
    for (int i = 0; i < runs; i++) {
      plan = planner.plan(PartId.BIF_DEL_1, everyone, "h");
    }
    long perPlan = (System.nanoTime() - start) / runs;
    System.out.printf(
        "planned %d employees into %d cohorts (%d waiting): %.2f ms per plan (warm, mean of %d),"
            + " %.2f ms cold (first call)%n",
        everyone.size(),
        plan.cohorts().size(),
        plan.waiting().size(),
        perPlan / 1e6,
        runs,
        cold / 1e6);
  }
}
