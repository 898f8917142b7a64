package dk.bif.core.people;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A span of whole days, both ends included.
 *
 * @param firstDay the first day
 * @param lastDay the last day, not before {@code firstDay}
 */
public record DateRange(LocalDate firstDay, LocalDate lastDay) {
  public DateRange {
    Objects.requireNonNull(firstDay, "firstDay");
    Objects.requireNonNull(lastDay, "lastDay");
    if (lastDay.isBefore(firstDay)) {
      throw new IllegalArgumentException(
          "a period cannot end (" + lastDay + ") before it starts (" + firstDay + ")");
    }
  }

  /** The number of days, both ends included. */
  public long days() {
    return ChronoUnit.DAYS.between(firstDay, lastDay) + 1;
  }

  /**
   * The part of this range that lies within {@code from} … {@code to} (both included), in days.
   *
   * @param from the first day counted
   * @param to the last day counted
   * @return the number of days of overlap, zero when none
   */
  public long daysWithin(LocalDate from, LocalDate to) {
    LocalDate start = firstDay.isAfter(from) ? firstDay : from;
    LocalDate end = lastDay.isBefore(to) ? lastDay : to;
    return end.isBefore(start) ? 0 : ChronoUnit.DAYS.between(start, end) + 1;
  }
}
