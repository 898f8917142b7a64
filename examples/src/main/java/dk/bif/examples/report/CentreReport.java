package dk.bif.examples.report;

import dk.bif.examples.language.Words;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the centre head's report shows, for one centre, with the administration's figures beside
 * them where the data hold them. Every number is already written in the report's language;
 * percentages for bars are 0 … 100.
 *
 * @param words the report's language
 * @param centre the centre
 * @param asOf the day the report is made for, {@code YYYY-MM-DD}
 * @param staff the centre's staff, as a number
 * @param administration what the administration's column covers, or empty when no staff register of
 *     the administration was given
 * @param due who is due or overdue, on leave or has used every attempt, overdue first
 * @param dueSummary one sentence counting them
 * @param shares the share of staff through each part, the centre's and the administration's
 * @param plans the development plans
 * @param planSummary one sentence: how many plans, initiatives and what they cost
 * @param ects ECTS earned per level
 * @param participants participants per year, the expected year marked
 * @param cohorts the evaluations of the cohorts the centre's staff sat in
 * @param trends the half-year's evaluation against the one before: the centre's and the
 *     administration's
 * @param gaps the competence gaps, the basic competences first, the national survey beside
 * @param problems the input's problems, as {@code file:line: reason}
 */
public record CentreReport(
    Words words,
    String centre,
    String asOf,
    String staff,
    Optional<String> administration,
    List<DueRow> due,
    String dueSummary,
    List<ShareRow> shares,
    List<PlanRow> plans,
    String planSummary,
    List<EctsRow> ects,
    List<YearRow> participants,
    List<CohortRow> cohorts,
    List<TrendRow> trends,
    List<GapRow> gaps,
    List<String> problems) {
  public CentreReport {
    Objects.requireNonNull(words, "words");
    due = List.copyOf(due);
    shares = List.copyOf(shares);
    plans = List.copyOf(plans);
    ects = List.copyOf(ects);
    participants = List.copyOf(participants);
    cohorts = List.copyOf(cohorts);
    trends = List.copyOf(trends);
    gaps = List.copyOf(gaps);
    problems = List.copyOf(problems);
  }

  /** A text of the report's language. */
  public String t(String key, Object... facts) {
    return words.get(key, facts);
  }

  /** A bar's width for CSS, with a dot whatever the language: {@code 45.0}. */
  public static String width(double percent) {
    return String.format(java.util.Locale.ROOT, "%.1f", Math.max(0, Math.min(100, percent)));
  }

  /** The report's language, for {@code <html lang>}. */
  public String lang() {
    return words.language();
  }

  /**
   * One employee who has something to do, or cannot.
   *
   * @param name the name and id
   * @param part the part
   * @param status the status with its date
   * @param reason why
   * @param nextStep what happens next, when all attempts are used
   * @param overdue whether it is overdue
   */
  public record DueRow(
      String name,
      String part,
      String status,
      String reason,
      Optional<String> nextStep,
      boolean overdue) {}

  /**
   * The share of staff through a part.
   *
   * @param part the part
   * @param centre the centre's share as written ("ingen" rather than 0,0 % of 0)
   * @param centreBar the centre's share for the bar, empty when there is no one to count
   * @param administration the administration's share as written, or a dash
   * @param administrationBar the administration's share for the bar
   */
  public record ShareRow(
      String part,
      String centre,
      Optional<Double> centreBar,
      String administration,
      Optional<Double> administrationBar) {}

  /**
   * One employee's development plan.
   *
   * @param name the name and id
   * @param initiatives the initiatives, in order
   * @param cost what the priced initiatives cost
   */
  public record PlanRow(String name, String initiatives, String cost) {}

  /**
   * ECTS earned at one level.
   *
   * @param level the level
   * @param centre the centre's staff
   * @param administration the administration
   */
  public record EctsRow(String level, String centre, String administration) {}

  /**
   * Participants in one year.
   *
   * @param year the year, marked when expected
   * @param expected whether the year is not over on the report's day: its figure is expected
   * @param centreDel1 the centre's Del 1 participants
   * @param centreDel2 the centre's Del 2 participants
   * @param centreBar the centre's total for the bar, against the largest year
   * @param centreTotal the centre's total, as written
   * @param administrationTotal the administration's total, as written
   */
  public record YearRow(
      String year,
      boolean expected,
      String centreDel1,
      String centreDel2,
      double centreBar,
      String centreTotal,
      String administrationTotal) {}

  /**
   * One cohort's evaluation.
   *
   * @param cohort the cohort
   * @param part the part
   * @param examDate the exam day
   * @param responses the responses, as written
   * @param mean the overall mean, as written ("ingen" without responses)
   * @param bar the mean for the bar, 0 … 100 of the scale's 5
   */
  public record CohortRow(
      String cohort, String part, String examDate, String responses, String mean, double bar) {}

  /**
   * A half-year's evaluation against the one before.
   *
   * @param who whose cohorts: the centre's or the administration's
   * @param period the half-year
   * @param mean its mean, as written
   * @param previous the half-year before
   * @param previousMean its mean, as written
   * @param change the change, as written
   * @param drop whether it is flagged as a drop
   */
  public record TrendRow(
      String who,
      String period,
      String mean,
      String previous,
      String previousMean,
      String change,
      boolean drop) {}

  /**
   * One profile's gap, the national survey beside it.
   *
   * @param profile the profile's focus
   * @param basic whether these are the basic competences every employee needs
   * @param needed the head count needed
   * @param matching the head count matching now
   * @param gap the gap
   * @param neededBar the need for the bar, against the largest
   * @param matchingBar the matching staff for the bar
   * @param nationalNow the centre's band now, and the heads in the same band
   * @param nationalIdeal the band of the centre's need, and the heads with that ideal
   */
  public record GapRow(
      String profile,
      boolean basic,
      String needed,
      String matching,
      String gap,
      double neededBar,
      double matchingBar,
      String nationalNow,
      String nationalIdeal) {}
}
