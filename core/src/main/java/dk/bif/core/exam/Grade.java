package dk.bif.core.exam;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The Danish 7-point grading scale (7-trinsskalaen) with its ECTS letters. A grade of 02 or above
 * is a pass.
 */
public enum Grade {
  TWELVE("12", 12, "A"),
  TEN("10", 10, "B"),
  SEVEN("7", 7, "C"),
  FOUR("4", 4, "D"),
  TWO("02", 2, "E"),
  ZERO("00", 0, "Fx"),
  MINUS_THREE("-3", -3, "F");

  private final String text;
  private final int points;
  private final String ectsLetter;

  Grade(String text, int points, String ectsLetter) {
    this.text = text;
    this.points = points;
    this.ectsLetter = ectsLetter;
  }

  /**
   * The spellings the scale itself uses, as a sentence for error messages: "12, 10, 7, 4, 02 (or
   * 2), 00 (or 0), -3".
   */
  public static final String ACCEPTED_SPELLINGS = "12, 10, 7, 4, 02 (or 2), 00 (or 0), -3";

  /**
   * Reads a grade in one of the scale's own spellings: {@code "12"}, {@code "10"}, {@code "7"},
   * {@code "4"}, {@code "02"} or {@code "2"}, {@code "00"} or {@code "0"}, {@code "-3"} (also
   * {@code "−3"} with a typographic minus). Surrounding blanks are ignored. Nothing else is a
   * grade: {@code "07"}, {@code "012"} or {@code "+4"} are refused, because a grade that was
   * mistyped must not be recorded as if it had been given.
   *
   * @param text the grade as written
   * @return the grade
   * @throws IllegalArgumentException naming the text and listing {@link #ACCEPTED_SPELLINGS} when
   *     it is not one of them (e.g. {@code "5"} or {@code "07"})
   */
  public static Grade of(String text) {
    return parse(text)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "'"
                        + text
                        + "' is not a grade on the 7-point scale; accepted: "
                        + ACCEPTED_SPELLINGS));
  }

  /** Reads a grade as {@link #of(String)} does, or returns empty when it is not one. */
  public static Optional<Grade> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.strip().replace('\u2212', '-');
    return Arrays.stream(values()).filter(g -> g.spelledAs(t)).findFirst();
  }

  /** The certificate's spelling, and for 02 and 00 the single digit people also write. */
  private boolean spelledAs(String t) {
    return text.equals(t) || ((this == TWO || this == ZERO) && String.valueOf(points).equals(t));
  }

  /** The grades from best to worst. */
  public static List<Grade> scale() {
    return List.of(values());
  }

  /** The grade as written on a certificate: "12", "02", "-3". */
  public String text() {
    return text;
  }

  /** The grade's numeric value on the scale (12 … -3). */
  public int points() {
    return points;
  }

  /** The ECTS letter: A, B, C, D, E, Fx or F. */
  public String ectsLetter() {
    return ectsLetter;
  }

  /** Whether this grade passes (02 or better). */
  public boolean isPass() {
    return points >= 2;
  }

  @Override
  public String toString() {
    return text;
  }
}
