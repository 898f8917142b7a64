package dk.bif.core.evaluation;

import dk.bif.core.enrolment.CohortId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Aggregates participant evaluations: per quarter over the cohorts that sat the exam that quarter,
 * the half-year report, and what a teacher may see. A cohort with more than one sitting is reported
 * in the quarter of its first (the ordinary exam; re-exams do not move it); responses of a cohort
 * without a sitting are in no quarter. Stateless and thread-safe.
 */
public final class EvaluationReporting {

  /** The fewest responses a cohort needs before its teacher sees them. */
  public static final int MIN_RESPONSES_FOR_TEACHERS = 3;

  /**
   * A half-year's overall mean that is at least this many points (on the 1–5 scale) below the
   * half-year before is flagged as a drop (an assumption; the sources say only that the training is
   * adjusted from the evaluations).
   */
  public static final double DEFAULT_DROP = 0.2;

  private final EvaluationForm form;

  /**
   * @param form the form the responses answer
   */
  public EvaluationReporting(EvaluationForm form) {
    this.form = Objects.requireNonNull(form, "form");
  }

  /**
   * One summary per quarter in which some cohort sat the exam, earliest first.
   *
   * @param responses the responses
   * @param sittings when the cohorts sat their exams
   * @return one summary per quarter with a sitting, earliest first; a quarter whose cohorts sent no
   *     response has a summary of 0 responses
   */
  public List<QuarterSummary> perQuarter(
      List<EvaluationResponse> responses, List<CohortSitting> sittings) {
    Map<CohortId, LocalDate> examOf = new HashMap<>();
    for (CohortSitting s : sittings) {
      examOf.merge(s.cohort(), s.examDate(), (a, b) -> a.isBefore(b) ? a : b);
    }
    TreeMap<Quarter, List<CohortId>> cohortsByQuarter = new TreeMap<>();
    examOf.forEach(
        (cohort, date) ->
            cohortsByQuarter.computeIfAbsent(Quarter.of(date), q -> new ArrayList<>()).add(cohort));
    List<QuarterSummary> summaries = new ArrayList<>();
    cohortsByQuarter.forEach(
        (quarter, cohorts) -> {
          cohorts.sort(Comparator.comparing(CohortId::value));
          List<EvaluationResponse> inQuarter =
              responses.stream().filter(r -> cohorts.contains(r.cohort())).toList();
          summaries.add(new QuarterSummary(quarter, cohorts, ScoreSummary.of(form, inQuarter)));
        });
    return List.copyOf(summaries);
  }

  /**
   * The half-year report.
   *
   * @param period the half-year
   * @param responses the responses (any period; those of other periods are left out)
   * @param sittings when the cohorts sat their exams
   * @return the report with both quarters (a quarter without cohorts is empty), the total and the
   *     comments
   */
  public HalfYearReport halfYear(
      HalfYear period, List<EvaluationResponse> responses, List<CohortSitting> sittings) {
    List<QuarterSummary> quarters = new ArrayList<>();
    for (Quarter q : period.quarters()) {
      quarters.add(
          perQuarter(responses, sittings).stream()
              .filter(s -> s.quarter().equals(q))
              .findFirst()
              .orElse(new QuarterSummary(q, List.of(), ScoreSummary.of(form, List.of()))));
    }
    List<CohortId> cohorts = quarters.stream().flatMap(q -> q.cohorts().stream()).toList();
    List<EvaluationResponse> inPeriod =
        responses.stream().filter(r -> cohorts.contains(r.cohort())).toList();
    return new HalfYearReport(
        period, quarters, ScoreSummary.of(form, inPeriod), comments(inPeriod));
  }

  /**
   * One summary per cohort with a sitting, by exam date.
   *
   * @param responses the responses
   * @param sittings when the cohorts sat their exams
   * @return one summary per cohort with a sitting, earliest exam first, then by cohort id
   */
  public List<CohortSummary> perCohort(
      List<EvaluationResponse> responses, List<CohortSitting> sittings) {
    Map<CohortId, LocalDate> examOf = new HashMap<>();
    for (CohortSitting s : sittings) {
      examOf.merge(s.cohort(), s.examDate(), (a, b) -> a.isBefore(b) ? a : b);
    }
    List<CohortSummary> summaries = new ArrayList<>();
    examOf.forEach(
        (cohort, date) ->
            summaries.add(
                new CohortSummary(
                    cohort,
                    date,
                    ScoreSummary.of(
                        form,
                        responses.stream().filter(r -> r.cohort().equals(cohort)).toList()))));
    summaries.sort(
        Comparator.comparing(CohortSummary::examDate).thenComparing(c -> c.cohort().value()));
    return List.copyOf(summaries);
  }

  /**
   * A half-year's overall mean against the half-year before; a fall of at least {@link
   * #DEFAULT_DROP} points is a drop.
   *
   * @param period the half-year
   * @param responses the responses
   * @param sittings when the cohorts sat their exams
   * @return the trend
   */
  public EvaluationTrend trend(
      HalfYear period, List<EvaluationResponse> responses, List<CohortSitting> sittings) {
    HalfYear previous =
        period.half() == 1 ? new HalfYear(period.year() - 1, 2) : new HalfYear(period.year(), 1);
    Optional<Double> now = halfYear(period, responses, sittings).total().overall();
    Optional<Double> before = halfYear(previous, responses, sittings).total().overall();
    boolean drop =
        now.isPresent() && before.isPresent() && before.get() - now.get() >= DEFAULT_DROP - 1e-9;
    return new EvaluationTrend(period, now, previous, before, drop);
  }

  /**
   * What the teacher of {@code cohort} may see.
   *
   * @param cohort the cohort
   * @param responses the responses (other cohorts' are left out)
   * @return the cohort's means and comments, or why they are withheld
   */
  public TeacherView teacherView(CohortId cohort, List<EvaluationResponse> responses) {
    List<EvaluationResponse> own =
        responses.stream().filter(r -> r.cohort().equals(cohort)).toList();
    if (own.size() < MIN_RESPONSES_FOR_TEACHERS) {
      return new TeacherView.Withheld(cohort, own.size(), MIN_RESPONSES_FOR_TEACHERS);
    }
    return new TeacherView.Shown(cohort, ScoreSummary.of(form, own), comments(own));
  }

  private static List<String> comments(List<EvaluationResponse> responses) {
    return responses.stream()
        .map(r -> r.freeText().strip())
        .filter(t -> !t.isEmpty())
        .sorted()
        .toList();
  }
}
