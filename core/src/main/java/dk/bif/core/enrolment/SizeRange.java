package dk.bif.core.enrolment;

/**
 * An inclusive range of group sizes.
 *
 * @param min the smallest size, 1 or more
 * @param max the largest size, not below {@code min}
 */
public record SizeRange(int min, int max) {
  public SizeRange {
    if (min < 1 || max < min) {
      throw new IllegalArgumentException(
          "a size range needs 1 <= min <= max, got " + min + ".." + max);
    }
  }

  /**
   * @param min the smallest size
   * @param max the largest size
   * @return the range
   */
  public static SizeRange of(int min, int max) {
    return new SizeRange(min, max);
  }

  /** Whether {@code size} lies in the range. */
  public boolean contains(int size) {
    return size >= min && size <= max;
  }

  @Override
  public String toString() {
    return min + ".." + max;
  }
}
