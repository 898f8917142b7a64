package dk.bif.core.evaluation;

import java.util.Objects;
import java.util.Optional;

/**
 * A half-year's overall evaluation against the half-year before, with a drop flagged by the {@link
 * EvaluationReporting#DEFAULT_DROP} rule.
 *
 * @param period the half-year
 * @param overall its overall mean (1–5), empty without scores
 * @param previous the half-year before
 * @param previousOverall that half-year's overall mean, empty without scores
 * @param drop whether the mean fell by at least the rule's points
 */
public record EvaluationTrend(
    HalfYear period,
    Optional<Double> overall,
    HalfYear previous,
    Optional<Double> previousOverall,
    boolean drop) {
  public EvaluationTrend {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(overall, "overall");
    Objects.requireNonNull(previous, "previous");
    Objects.requireNonNull(previousOverall, "previousOverall");
    if (drop && (overall.isEmpty() || previousOverall.isEmpty())) {
      throw new IllegalArgumentException("a drop needs both half-years' means");
    }
  }

  /** The change in points from the half-year before, when both have scores. */
  public Optional<Double> change() {
    return overall.flatMap(now -> previousOverall.map(before -> now - before));
  }
}
