package dk.bif.core.evaluation;

import java.util.List;
import java.util.Objects;

/**
 * The half-year evaluation report for the steering group and then the mayor, directorate, BIF
 * management and HovedMED (seed 000).
 *
 * @param period the half-year
 * @param quarters its two quarters
 * @param total the means over the whole half-year
 * @param comments the free-text comments, sorted alphabetically so their order reveals nothing
 */
public record HalfYearReport(
    HalfYear period, List<QuarterSummary> quarters, ScoreSummary total, List<String> comments) {
  public HalfYearReport {
    Objects.requireNonNull(period, "period");
    quarters = List.copyOf(quarters);
    Objects.requireNonNull(total, "total");
    comments = List.copyOf(comments);
  }

  /** How many cohorts the report covers. */
  public int cohortCount() {
    return quarters.stream().mapToInt(q -> q.cohorts().size()).sum();
  }
}
