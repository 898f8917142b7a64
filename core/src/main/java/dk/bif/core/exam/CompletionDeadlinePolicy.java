package dk.bif.core.exam;

import dk.bif.core.admission.Level;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;

/**
 * A diploma or academy programme must be completed within six years of its start (002: otherwise
 * learning plans go stale). Warns from {@link #DEFAULT_WARN_BEFORE six months} before the deadline.
 * A kursist has no deadline. Immutable and thread-safe.
 */
public final class CompletionDeadlinePolicy {

  /** Six years from the programme's start. */
  public static final Period DEFAULT_COMPLETION_PERIOD = Period.ofYears(6);

  /** Warn six months before the deadline (an assumption; the sources give none). */
  public static final Period DEFAULT_WARN_BEFORE = Period.ofMonths(6);

  private final Period completionPeriod;
  private final Period warnBefore;

  /** The policy with six years and a warning six months before. */
  public CompletionDeadlinePolicy() {
    this(DEFAULT_COMPLETION_PERIOD, DEFAULT_WARN_BEFORE);
  }

  /**
   * @param completionPeriod the time allowed from the start
   * @param warnBefore how long before the deadline to warn
   */
  public CompletionDeadlinePolicy(Period completionPeriod, Period warnBefore) {
    this.completionPeriod = Objects.requireNonNull(completionPeriod, "completionPeriod");
    this.warnBefore = Objects.requireNonNull(warnBefore, "warnBefore");
  }

  /**
   * @param level the level the programme is taken at
   * @param startedOn the start of the programme (the first part's start)
   * @param asOf the day to judge on
   * @return a warning when the deadline is within the warning period or past; empty otherwise and
   *     always for a kursist
   */
  public Optional<CompletionWarning> check(Level level, LocalDate startedOn, LocalDate asOf) {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(startedOn, "startedOn");
    Objects.requireNonNull(asOf, "asOf");
    if (!level.earnsEcts()) {
      return Optional.empty();
    }
    LocalDate deadline = startedOn.plus(completionPeriod).minusDays(1);
    if (asOf.isAfter(deadline)) {
      return Optional.of(
          new CompletionWarning(
              deadline,
              true,
              "the programme started "
                  + startedOn
                  + " had to be completed by "
                  + deadline
                  + "; the deadline has passed"));
    }
    if (!asOf.isBefore(deadline.minus(warnBefore))) {
      return Optional.of(
          new CompletionWarning(
              deadline,
              false,
              "the programme started "
                  + startedOn
                  + " must be completed by "
                  + deadline
                  + " ("
                  + completionPeriod
                  + " from its start)"));
    }
    return Optional.empty();
  }
}
