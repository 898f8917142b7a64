package dk.bif.core.enrolment;

import dk.bif.core.admission.AdmissionPolicy;
import dk.bif.core.curriculum.PartId;
import dk.bif.core.people.CentreId;
import dk.bif.core.people.ContactType;
import dk.bif.core.people.Education;
import dk.bif.core.people.EducationLevel;
import dk.bif.core.people.Employee;
import dk.bif.core.people.EmployeeId;
import dk.bif.core.people.Employment;
import dk.bif.core.people.TargetGroup;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A load run, not a test: plans the whole administration, 2,345 employees over 8 centres, and
 * prints the time of the first (cold) run and the mean of warm runs, for the planner alone and for
 * the whole pipeline (due dates, admission level, planning). Run after {@code ./mvnw -pl core
 * test-compile} with {@code java -cp core/target/classes:core/target/test-classes
 * dk.bif.core.enrolment.CohortPlannerLoadRun}.
 */
public final class CohortPlannerLoadRun {
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
  private static final int EMPLOYEES = 2345;

  private CohortPlannerLoadRun() {}

  /**
   * @param args ignored
   */
  public static void main(String[] args) {
    List<Employee> staff = staff();
    DueDatePolicy dueDates = new DueDatePolicy();
    AdmissionPolicy admission = new AdmissionPolicy();
    CohortPlanner planner = new CohortPlanner();
    Supplier<CohortPlan> pipeline =
        () -> {
          List<Candidate> due = new ArrayList<>();
          for (Employee e : staff) {
            dueDates
                .status(e, PartId.BIF_DEL_1, Progress.NONE, TODAY)
                .dueBy()
                .ifPresent(
                    d ->
                        due.add(
                            new Candidate(
                                e.id(),
                                e.centre(),
                                admission.decide(e, TODAY).level(),
                                e.targetGroup(),
                                d)));
          }
          return planner.plan(PartId.BIF_DEL_1, due, "h");
        };
    List<Candidate> everyone = Candidates.spread(EMPLOYEES, 9, 6, 5, 4, 3, 3, 2, 2);
    // the planner first, so that its first run pays the JVM's one-time start-up costs
    measure("planner alone", () -> planner.plan(PartId.BIF_DEL_1, everyone, "h"));
    measure("whole pipeline (due dates, admission, planning)", pipeline);
  }

  private static void measure(String what, Supplier<CohortPlan> run) {
    long start = System.nanoTime();
    CohortPlan plan = run.get();
    long cold = System.nanoTime() - start;
    for (int i = 0; i < 200; i++) {
      run.get();
    }
    int runs = 100;
    start = System.nanoTime();
    for (int i = 0; i < runs; i++) {
      plan = run.get();
    }
    double warm = (System.nanoTime() - start) / 1e6 / runs;
    int placed = plan.cohorts().stream().mapToInt(c -> c.participants().size()).sum();
    System.out.printf(
        "%s: %d employees, %d placed in %d cohorts: first run %.1f ms, warm mean %.2f ms%n",
        what, EMPLOYEES, placed, plan.cohorts().size(), cold / 1e6, warm);
  }

  private static List<Employee> staff() {
    List<Employee> staff = new ArrayList<>();
    for (int i = 0; i < EMPLOYEES; i++) {
      Employee e =
          Employee.hire(
              EmployeeId.of(String.format("e%04d", i)),
              "Medarbejder " + i,
              CentreId.of("JC-" + (char) ('A' + i % 8)),
              ContactType.values()[i % 3],
              TargetGroup.of("gruppe-" + i % 6),
              Employment.permanent(TODAY.minusDays(i % 120)));
      e.recordEducation(
          new Education(EducationLevel.values()[i % 8], LocalDate.of(2000 + i % 20, 6, 30)));
      staff.add(e);
    }
    return staff;
  }
}
