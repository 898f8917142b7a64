package dk.bif.tool.pages.teacher;

import java.util.Objects;

/**
 * Refuses a teacher's request that names something outside the cohort of their launch: a
 * participant of another cohort, or another cohort itself. Nothing of such a request is saved.
 */
public final class OtherCohortException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String named;

  /**
   * @param named what the request named, e.g. {@code participant e7} or {@code cohort h2}
   */
  public OtherCohortException(String named) {
    super("the request names " + Objects.requireNonNull(named, "named") + " outside the cohort");
    this.named = named;
  }

  /** What the request named. */
  public String named() {
    return named;
  }
}
