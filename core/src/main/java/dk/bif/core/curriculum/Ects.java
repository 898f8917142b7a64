package dk.bif.core.curriculum;

/**
 * A number of ECTS points (European credits); 60 ECTS is a year of full-time study.
 *
 * @param points the credits, zero or more
 */
public record Ects(int points) {
  /** No credits: what a kursist earns, or a part that gives none. */
  public static final Ects NONE = new Ects(0);

  public Ects {
    if (points < 0) {
      throw new IllegalArgumentException("ECTS points must be zero or more, got " + points);
    }
  }

  /**
   * @param points the credits, zero or more
   * @return the amount
   * @throws IllegalArgumentException when {@code points} is negative
   */
  public static Ects of(int points) {
    return new Ects(points);
  }

  @Override
  public String toString() {
    return points + " ECTS";
  }
}
