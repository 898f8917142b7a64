package dk.bif.lti.testkit;

import java.time.Instant;
import java.util.Objects;

/**
 * One score POST as the platform saw it, whatever became of it: the delivery log.
 *
 * @param receivedAt platform clock time of arrival
 * @param lineItemId the line item addressed
 * @param userId the {@code userId} sent, or empty when missing
 * @param status the HTTP status answered
 * @param outcome what happened
 * @param detail the reason for a refusal, or empty
 * @param body the JSON body as received
 */
public record ScoreDelivery(
    Instant receivedAt,
    String lineItemId,
    String userId,
    int status,
    Outcome outcome,
    String detail,
    String body) {

  /** What became of a score POST. */
  public enum Outcome {
    /** Stored as the user's current score. */
    STORED,
    /** Not stored: a newer score was there; answered 409 (Moodle). */
    REFUSED_NOT_NEWER,
    /** Not stored: an older timestamp than the stored one; answered with success (spec). */
    IGNORED_OLDER,
    /** Refused as malformed or for an unknown user; answered 400 or 422. */
    INVALID,
    /** Refused by an injected fault before it was looked at. */
    FAULT
  }

  /** Checks every field. */
  public ScoreDelivery {
    Objects.requireNonNull(receivedAt, "receivedAt");
    Objects.requireNonNull(lineItemId, "lineItemId");
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(body, "body");
  }
}
