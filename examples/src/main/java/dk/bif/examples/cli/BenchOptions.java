package dk.bif.examples.cli;

/** The checks the bench commands share. */
final class BenchOptions {
  private BenchOptions() {}

  static void check(int workers, int seconds, int warmup, int staff) {
    if (workers < 1) {
      throw new InputException("expected at least 1 browser, got " + workers);
    }
    if (seconds < 1) {
      throw new InputException("--seconds: expected at least 1, got " + seconds);
    }
    if (warmup < 0) {
      throw new InputException("--warmup: expected 0 or more, got " + warmup);
    }
    if (staff < 1) {
      throw new InputException("--staff: expected at least 1, got " + staff);
    }
  }
}
