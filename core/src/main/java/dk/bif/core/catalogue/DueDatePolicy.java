package dk.bif.core.catalogue;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When the initiatives of a development plan are due. The first starts {@code leadTimeWeeks} after
 * the plan is made (time to enrol and agree learning goals with the leader, seed 001); each next
 * one starts when the previous is due; an initiative is due when its span of weeks has passed.
 *
 * @param leadTimeWeeks the weeks from the plan to the first start, 0 or more
 */
public record DueDatePolicy(int leadTimeWeeks) {

  /** The default lead time: eight weeks, about one enrolment round. */
  public static final int DEFAULT_LEAD_TIME_WEEKS = 8;

  public DueDatePolicy {
    if (leadTimeWeeks < 0) {
      throw new IllegalArgumentException("a lead time cannot be negative; got " + leadTimeWeeks);
    }
  }

  /** The policy with the {@linkplain #DEFAULT_LEAD_TIME_WEEKS default lead time}. */
  public static DueDatePolicy standard() {
    return new DueDatePolicy(DEFAULT_LEAD_TIME_WEEKS);
  }

  /** The first start of a plan made on {@code planned}. */
  public LocalDate firstStart(LocalDate planned) {
    return Objects.requireNonNull(planned, "planned").plusWeeks(leadTimeWeeks);
  }

  /**
   * When an initiative is due.
   *
   * @param start the day it starts
   * @param length its length; the span of weeks counts
   * @return the day it is due
   */
  public LocalDate due(LocalDate start, CourseLength length) {
    return start.plusWeeks(length.weeks());
  }
}
