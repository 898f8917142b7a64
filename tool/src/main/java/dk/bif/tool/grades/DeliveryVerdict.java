package dk.bif.tool.grades;

import dk.bif.lti.ags.PlatformCallException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * What one score POST's answer means for the grade (the one place answers are classified).
 *
 * @param kind delivered, retry or refused
 * @param retryAfter the platform's wait, for a retry
 * @param rateLimited whether the platform throttled (pause every call to it)
 * @param answer the answer for the record: status and body
 */
record DeliveryVerdict(
    Kind kind, Optional<Duration> retryAfter, boolean rateLimited, String answer) {

  enum Kind {
    /** Stored, or (Moodle's 409) the platform already holds a score at least as new. */
    DELIVERED,
    /** Worth trying again later: no answer, a server error, a rate limit. */
    RETRY,
    /** Refused for good (after a fresh token): wait for an administrator. */
    REFUSED
  }

  static DeliveryVerdict ofStatus(int status, String body, Optional<Duration> retryAfter) {
    String answer = status + (body.isBlank() ? "" : " " + body.strip());
    if (status >= 200 && status < 300)
      return new DeliveryVerdict(Kind.DELIVERED, Optional.empty(), false, answer);
    // Moodle: "Refusing score with an earlier timestamp": a score at least as new is there (our own
    // earlier delivery whose answer was lost, or a teacher's edit in the gradebook). Resolved.
    if (status == 409) return new DeliveryVerdict(Kind.DELIVERED, Optional.empty(), false, answer);
    boolean canvasThrottle =
        status == 403 && body.toLowerCase(Locale.ROOT).contains("rate limit exceeded");
    if (status == 429 || canvasThrottle)
      return new DeliveryVerdict(Kind.RETRY, retryAfter, true, answer);
    if (status == 0 || status == 401 || status == 408 || status == 425 || status >= 500)
      return new DeliveryVerdict(Kind.RETRY, retryAfter, false, answer);
    return new DeliveryVerdict(Kind.REFUSED, Optional.empty(), false, answer);
  }

  static DeliveryVerdict of(PlatformCallException e) {
    int status = e.status();
    String answer =
        (e.tokenEndpoint() ? "token endpoint: " : "")
            + (status == 0 ? "no answer: " + e.answer() : status + " " + e.answer());
    // A malformed success, or a token endpoint that refuses the tool (invalid_client,
    // invalid_scope), needs an administrator; throttling and outages do not.
    boolean needsAdministrator =
        (status >= 200 && status < 300)
            || status == 409
            || (e.tokenEndpoint()
                && status >= 400
                && status < 500
                && status != 429
                && status != 408);
    if (needsAdministrator)
      return new DeliveryVerdict(Kind.REFUSED, Optional.empty(), false, answer);
    DeliveryVerdict v = ofStatus(status, e.answer(), e.retryAfter());
    return new DeliveryVerdict(v.kind(), v.retryAfter(), v.rateLimited(), answer);
  }
}
