package dk.bif.core.benchmark;

/**
 * The check every published distribution passes: each share 0..100, and the sum within the
 * published tables' rounding. The appendix tables of seed 002 sum to between 96% and 100% (rounding
 * and blank answers), so a sum from {@value #MIN_SUM} to {@value #MAX_SUM} is accepted as
 * published.
 */
final class Percentages {

  static final int MIN_SUM = 95;
  static final int MAX_SUM = 101;

  private Percentages() {}

  static void check(String what, int... shares) {
    int sum = 0;
    for (int s : shares) {
      if (s < 0 || s > 100) {
        throw new IllegalArgumentException(what + ": a share must be 0..100 percent; got " + s);
      }
      sum += s;
    }
    if (sum < MIN_SUM || sum > MAX_SUM) {
      throw new IllegalArgumentException(
          what + ": the shares sum to " + sum + "%, expected " + MIN_SUM + ".." + MAX_SUM + "%");
    }
  }
}
