package dk.bif.lti.oidc;

import java.util.Objects;
import java.util.Optional;

/**
 * What the tool's storage page read back from the platform at the launch, as it posted it.
 *
 * @param state the value under the state's key, when the platform had one
 * @param nonce the value under the nonce's key, when the platform had one
 * @param replyOrigin the origin the answer came from (a foreign one when that was all that came)
 * @param problem what went wrong in the browser, when something did
 */
public record StoredValues(
    Optional<String> state,
    Optional<String> nonce,
    Optional<String> replyOrigin,
    Optional<Problem> problem) {

  /** What the page can report instead of values. */
  public enum Problem {
    /** The platform does not answer lti.capabilities or offers no lti.get_data. */
    UNAVAILABLE,
    /** An answer came, but from another origin than the platform's. */
    FOREIGN_ORIGIN,
    /** The platform answered without the values (or not in time). */
    MISSING;

    /**
     * The problem a page posted.
     *
     * @param value {@code unavailable}, {@code foreign_origin} or {@code missing}
     * @return the problem, or empty for anything else
     */
    public static Optional<Problem> of(String value) {
      if (value == null) return Optional.empty();
      return switch (value) {
        case "unavailable" -> Optional.of(UNAVAILABLE);
        case "foreign_origin" -> Optional.of(FOREIGN_ORIGIN);
        case "missing" -> Optional.of(MISSING);
        default -> Optional.empty();
      };
    }
  }

  public StoredValues {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(nonce, "nonce");
    Objects.requireNonNull(replyOrigin, "replyOrigin");
    Objects.requireNonNull(problem, "problem");
  }
}
