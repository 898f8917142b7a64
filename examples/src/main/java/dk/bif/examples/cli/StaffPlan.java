package dk.bif.examples.cli;

import dk.bif.core.admission.AdmissionDecision;
import dk.bif.core.admission.AdmissionPolicy;
import dk.bif.core.admission.Level;
import dk.bif.core.curriculum.Catalogue;
import dk.bif.core.curriculum.Part;
import dk.bif.core.curriculum.PartId;
import dk.bif.core.curriculum.Programme;
import dk.bif.core.enrolment.Candidate;
import dk.bif.core.enrolment.CohortPlan;
import dk.bif.core.enrolment.CohortPlanner;
import dk.bif.core.enrolment.DueDatePolicy;
import dk.bif.core.enrolment.PartStatus;
import dk.bif.core.enrolment.PlannedCohort;
import dk.bif.core.enrolment.SizeRange;
import dk.bif.core.people.Employee;
import dk.bif.core.people.EmployeeId;
import dk.bif.examples.csv.EmployeeRow;
import dk.bif.examples.language.Words;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Judges every part for every employee and plans cohorts for those due, as {@code bif plan} and
 * {@code bif db plan} report it ({@link PlanReport}). Del 1 and Del 2 cohorts hold 20–30, the
 * leader module and the law courses 6–24 (assumptions; the sources give no sizes).
 */
final class StaffPlan {

  /** Leaders are fewer: a leader-module cohort holds 6 to 24 (an assumption). */
  static final SizeRange SMALL_COHORT = SizeRange.of(6, 24);

  private final Words words;
  private final Catalogue catalogue = Catalogue.builtIn();
  private final DueDatePolicy dueDates = new DueDatePolicy();
  private final AdmissionPolicy admission = new AdmissionPolicy();
  private final CohortPlanner staffPlanner = new CohortPlanner();
  private final CohortPlanner smallPlanner =
      new CohortPlanner(SMALL_COHORT, CohortPlanner.DEFAULT_STUDY_GROUP_SIZE);

  StaffPlan(Words words) {
    this.words = words;
  }

  /**
   * @param source the file or database read
   * @param rows the employees with their progress
   * @param rejected the problems met reading them, as {@code file:line: reason}
   * @param asOf the day to judge on
   * @return the report
   */
  PlanReport plan(String source, List<EmployeeRow> rows, List<String> rejected, LocalDate asOf) {
    Locale locale = words.locale();
    Map<PartId, Map<String, Integer>> counts = new LinkedHashMap<>();
    for (PartId part : DueDatePolicy.PARTS) {
      Map<String, Integer> zero = new LinkedHashMap<>();
      PlanReport.STATUSES.forEach(s -> zero.put(s, 0));
      counts.put(part, zero);
    }
    Map<PartId, List<Candidate>> candidates = new LinkedHashMap<>();
    Map<EmployeeId, String> names = new HashMap<>();
    List<PlanReport.EmployeePlan> employees = new ArrayList<>();
    List<EmployeeRow> ordered = new ArrayList<>(rows);
    ordered.sort(
        Comparator.comparing((EmployeeRow r) -> r.employee().centre().value())
            .thenComparing(r -> r.employee().name())
            .thenComparing(r -> r.employee().id().value()));
    for (EmployeeRow row : ordered) {
      Employee employee = row.employee();
      names.put(employee.id(), employee.name() + " (" + employee.id() + ")");
      AdmissionDecision decision = admission.decide(employee, asOf);
      List<PlanReport.PartPlan> parts = new ArrayList<>();
      for (Map.Entry<PartId, PartStatus> e :
          dueDates.statuses(employee, row.progress(), asOf).entrySet()) {
        PartStatus status = e.getValue();
        String code = code(status);
        counts.get(e.getKey()).merge(code, 1, Integer::sum);
        parts.add(
            new PlanReport.PartPlan(
                e.getKey().value(),
                partName(e.getKey()),
                code,
                date(status),
                status.reason(locale),
                status instanceof PartStatus.AllAttemptsUsed used
                    ? used.nextStep().text(locale)
                    : null));
        status
            .dueBy()
            .ifPresent(
                due ->
                    candidates
                        .computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(
                            new Candidate(
                                employee.id(),
                                employee.centre(),
                                decision.level(),
                                employee.targetGroup(),
                                due)));
      }
      employees.add(
          new PlanReport.EmployeePlan(
              employee.id().value(),
              employee.name(),
              employee.centre().value(),
              decision.level().name().toLowerCase(Locale.ROOT),
              decision.reason(locale),
              parts));
    }
    List<PlanReport.PartSummary> summary = new ArrayList<>();
    counts.forEach(
        (part, byStatus) ->
            summary.add(new PlanReport.PartSummary(part.value(), partName(part), byStatus)));
    List<PlanReport.Cohort> cohorts = new ArrayList<>();
    List<PlanReport.Waiting> waiting = new ArrayList<>();
    for (Programme programme : catalogue.programmes()) {
      for (Part part : programme.parts()) {
        List<Candidate> forPart = candidates.getOrDefault(part.id(), List.of());
        if (forPart.isEmpty()) {
          continue;
        }
        CohortPlanner planner = part.finalExam() ? staffPlanner : smallPlanner;
        CohortPlan plan = planner.plan(part, forPart, part.id().value() + "-" + asOf);
        plan.cohorts().forEach(c -> cohorts.add(cohort(c, names)));
        if (!plan.waiting().isEmpty()) {
          int min = (part.finalExam() ? CohortPlanner.DEFAULT_COHORT_SIZE : SMALL_COHORT).min();
          waiting.add(
              new PlanReport.Waiting(
                  part.id().value(),
                  partName(part.id()),
                  plan.waiting().stream().map(c -> names.get(c.employee())).toList(),
                  plan.cohorts().isEmpty()
                      ? words.get("plan.waiting.none-fill", plan.waiting().size(), min)
                      : words.get("plan.waiting.later", plan.waiting().size(), min)));
        }
      }
    }
    return new PlanReport(
        asOf,
        source,
        words.language(),
        rows.size(),
        rejected,
        summary,
        employees,
        cohorts,
        waiting);
  }

  /** The part's name in the output's language. */
  String partName(PartId part) {
    String key = "part." + part.value();
    return words.has(key)
        ? words.get(key)
        : catalogue.part(part).map(Part::name).orElse(part.value());
  }

  /** The status's code, as {@link PlanReport#STATUSES} lists it. */
  static String code(PartStatus status) {
    if (status instanceof PartStatus.Overdue) {
      return "overdue";
    }
    if (status instanceof PartStatus.Due) {
      return "due";
    }
    if (status instanceof PartStatus.NotYetEligible) {
      return "not-yet-eligible";
    }
    if (status instanceof PartStatus.OnLeave) {
      return "on-leave";
    }
    if (status instanceof PartStatus.AllAttemptsUsed) {
      return "all-attempts-used";
    }
    if (status instanceof PartStatus.Done) {
      return "done";
    }
    return "not-required";
  }

  /** The status's date: completed, due, eligible from, on leave until, or the last sitting. */
  static LocalDate date(PartStatus status) {
    if (status instanceof PartStatus.Done s) {
      return s.completedOn();
    }
    if (status instanceof PartStatus.NotYetEligible s) {
      return s.eligibleOn();
    }
    if (status instanceof PartStatus.OnLeave s) {
      return s.until();
    }
    if (status instanceof PartStatus.AllAttemptsUsed s) {
      return s.lastSittingOn();
    }
    return status.dueBy().orElse(null);
  }

  private PlanReport.Cohort cohort(PlannedCohort cohort, Map<EmployeeId, String> names) {
    Map<String, Integer> mix = new LinkedHashMap<>();
    cohort.mix().counts().forEach((centre, count) -> mix.put(centre.value(), count));
    Map<Level, Integer> byLevel = new EnumMap<>(Level.class);
    cohort.participants().forEach(p -> byLevel.merge(p.level(), 1, Integer::sum));
    Map<String, Integer> levels = new LinkedHashMap<>();
    byLevel.forEach((level, count) -> levels.put(level.name().toLowerCase(Locale.ROOT), count));
    return new PlanReport.Cohort(
        cohort.id().value(),
        cohort.part().value(),
        partName(cohort.part()),
        cohort.participants().size(),
        cohort.mix().centres(),
        mix.keySet().iterator().next(),
        Math.round(cohort.mix().largestShare() * 1000) / 1000.0,
        mix,
        levels,
        cohort.studyGroups().stream()
            .map(g -> g.members().stream().map(m -> names.get(m.employee())).toList())
            .toList());
  }
}
