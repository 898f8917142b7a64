package dk.bif.core.evaluation;

import java.time.LocalDate;

/**
 * A calendar quarter, e.g. 2020 Q2.
 *
 * @param year the year
 * @param quarter 1..4
 */
public record Quarter(int year, int quarter) implements Comparable<Quarter> {
  public Quarter {
    if (quarter < 1 || quarter > 4) {
      throw new IllegalArgumentException("a quarter is 1..4; got " + quarter);
    }
  }

  /** The quarter {@code date} falls in. */
  public static Quarter of(LocalDate date) {
    return new Quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
  }

  /** The half-year this quarter belongs to. */
  public HalfYear halfYear() {
    return new HalfYear(year, quarter <= 2 ? 1 : 2);
  }

  @Override
  public int compareTo(Quarter o) {
    return year != o.year ? Integer.compare(year, o.year) : Integer.compare(quarter, o.quarter);
  }

  @Override
  public String toString() {
    return year + " Q" + quarter;
  }
}
