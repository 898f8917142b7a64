package dk.bif.core.evaluation;

import java.util.List;

/**
 * A calendar half-year: the period of the evaluation report to the mayor, the directorate, BIF
 * management and HovedMED (seed 000).
 *
 * @param year the year
 * @param half 1 (January–June) or 2 (July–December)
 */
public record HalfYear(int year, int half) {
  public HalfYear {
    if (half < 1 || half > 2) {
      throw new IllegalArgumentException("a half-year is 1 or 2; got " + half);
    }
  }

  /** Reads {@code 2020-H1} or {@code 2020H2}. */
  public static HalfYear parse(String text) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("(\\d{4})-?H([12])").matcher(text.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a half-year; expected e.g. 2020-H1 or 2020-H2");
    }
    return new HalfYear(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  /** The two quarters of this half-year. */
  public List<Quarter> quarters() {
    return half == 1
        ? List.of(new Quarter(year, 1), new Quarter(year, 2))
        : List.of(new Quarter(year, 3), new Quarter(year, 4));
  }

  @Override
  public String toString() {
    return year + "-H" + half;
  }
}
