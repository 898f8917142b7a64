package dk.bif.lti.servlet;

/**
 * Port: told the outcome of every login initiation and launch that reaches {@link LtiServlets}, to
 * log and count them (the library itself needs no logging or metrics framework). Called on the
 * request's thread after the answer is written; implementations must be thread-safe and quick, and
 * what they throw is logged and otherwise ignored.
 */
@FunctionalInterface
public interface LaunchObserver {

  /** An observer that does nothing. */
  LaunchObserver NONE = outcome -> {};

  /**
   * Takes note of one login or launch.
   *
   * @param outcome what happened; carries no token, cookie or claim beyond the platform's ids and
   *     the LMS user id
   */
  void observed(LaunchOutcome outcome);
}
