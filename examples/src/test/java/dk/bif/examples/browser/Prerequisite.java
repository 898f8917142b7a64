package dk.bif.examples.browser;

import org.junit.jupiter.api.Assumptions;

/** What a browser test does when something it needs is not installed: skip, or fail on CI. */
final class Prerequisite {

  private Prerequisite() {}

  /**
   * Returns when {@code present}; otherwise skips the test with {@code howToInstall}, or fails with
   * it when the environment variable {@code CI} is {@code true}.
   */
  static void require(boolean present, String howToInstall) {
    require(present, howToInstall, onCi());
  }

  /** As {@link #require(boolean, String)}, with whether this is CI given. */
  static void require(boolean present, String howToInstall, boolean onCi) {
    if (present) {
      return;
    }
    if (onCi) {
      throw new AssertionError(howToInstall + " (CI=true: browser tests may not be skipped on CI)");
    }
    Assumptions.abort(howToInstall);
  }

  /** Whether the environment variable {@code CI} is {@code true}, as .ci/run sets it. */
  static boolean onCi() {
    return "true".equalsIgnoreCase(System.getenv("CI"));
  }
}
