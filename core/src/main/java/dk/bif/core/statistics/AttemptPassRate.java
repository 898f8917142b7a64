package dk.bif.core.statistics;

/**
 * How the sittings of one attempt went.
 *
 * @param attempt the attempt, 1..3
 * @param sat how many sittings
 * @param passed how many of them passed
 */
public record AttemptPassRate(int attempt, int sat, int passed) {
  public AttemptPassRate {
    if (sat < 0 || passed < 0 || passed > sat) {
      throw new IllegalArgumentException(
          "attempt " + attempt + ": need 0 <= passed <= sat; got " + passed + " of " + sat);
    }
  }

  /** The pass rate in percent, 0 when nobody sat. */
  public double percent() {
    return sat == 0 ? 0 : 100.0 * passed / sat;
  }
}
