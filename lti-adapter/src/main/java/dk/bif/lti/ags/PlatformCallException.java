package dk.bif.lti.ags;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A call to a platform service (or its token endpoint) that did not succeed: either no answer came
 * (status 0: connection refused or dropped, timeout) or the platform answered with an error.
 * Carries the platform's answer, cut to {@value #MAX_ANSWER} characters, for the dead-letter view;
 * never an access token.
 */
public final class PlatformCallException extends Exception {
  private static final long serialVersionUID = 1L;

  /** Longest answer kept, in characters. */
  public static final int MAX_ANSWER = 500;

  private final int status;
  private final String answer;
  private final transient Optional<Duration> retryAfter;
  private final boolean tokenEndpoint;

  /**
   * @param status the HTTP status, or 0 when no answer came
   * @param answer the platform's answer body, or the transport error
   * @param retryAfter the platform's {@code Retry-After}, when it sent one
   * @param tokenEndpoint whether the token endpoint answered (rather than the service)
   */
  public PlatformCallException(
      int status, String answer, Optional<Duration> retryAfter, boolean tokenEndpoint) {
    super(
        (tokenEndpoint ? "token endpoint " : "service ")
            + (status == 0 ? "unreachable" : "answered " + status)
            + ": "
            + cut(answer));
    this.status = status;
    this.answer = cut(answer);
    this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
    this.tokenEndpoint = tokenEndpoint;
  }

  private static String cut(String answer) {
    String a = answer == null ? "" : answer.strip();
    return a.length() > MAX_ANSWER ? a.substring(0, MAX_ANSWER) + "…" : a;
  }

  /** The HTTP status, or 0 when no answer came. */
  public int status() {
    return status;
  }

  /** The platform's answer (cut), or the transport error. */
  public String answer() {
    return answer;
  }

  /** The platform's {@code Retry-After}, when it sent one. */
  public Optional<Duration> retryAfter() {
    return retryAfter;
  }

  /** Whether the token endpoint answered (rather than the service). */
  public boolean tokenEndpoint() {
    return tokenEndpoint;
  }
}
