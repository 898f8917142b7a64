package dk.bif.tool.grades;

import dk.bif.core.curriculum.PartId;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of one delivery attempt of one grade, for a {@link DeliveryObserver}: only what a log
 * line may carry. The participant appears as their LMS user id in each gradebook, never by the
 * staff register's id or name.
 *
 * @param correlationId an id of this attempt, for the log line
 * @param part the part the grade is for
 * @param version the grade's version in the outbox
 * @param attempt which attempt this was, from 1
 * @param gradebooks where the grade went: one per LMS placement with grades; empty when none is
 *     known (waiting)
 * @param result delivered, to be retried, a dead letter, or waiting for its destination
 * @param answer the platforms' answers (status and body, shortened), for the record
 * @param nextAttempt when it is tried again, for {@link Result#RETRY}
 * @param duration how long the attempt took
 */
public record DeliveryOutcome(
    String correlationId,
    PartId part,
    long version,
    int attempt,
    List<Gradebook> gradebooks,
    Result result,
    String answer,
    Optional<Instant> nextAttempt,
    Duration duration) {

  /** The most an answer carries into a log line. */
  public static final int ANSWER_LIMIT = 300;

  /** What came of the attempt. */
  public enum Result {
    /** Every gradebook has the grade. */
    DELIVERED,
    /** Tried again later (no answer, an outage, a rate limit). */
    RETRY,
    /** Refused for good: it waits for a teacher's or an administrator's retry. */
    DEAD,
    /**
     * Not sent: nobody knows yet where it goes (see {@link GradeDestinations.Missing}); it goes out
     * by itself once that is known.
     */
    WAITING
  }

  /**
   * One gradebook the grade went to.
   *
   * @param issuer the platform's issuer
   * @param clientId the tool's client id there
   * @param deploymentId the deployment
   * @param lmsUser the participant's LMS user id ({@code sub})
   * @param lineItem the line item, when the launch named it
   */
  public record Gradebook(
      String issuer, String clientId, String deploymentId, String lmsUser, Optional<URI> lineItem) {

    /** Checks that nothing is null. */
    public Gradebook {
      Objects.requireNonNull(issuer, "issuer");
      Objects.requireNonNull(clientId, "clientId");
      Objects.requireNonNull(deploymentId, "deploymentId");
      Objects.requireNonNull(lmsUser, "lmsUser");
      Objects.requireNonNull(lineItem, "lineItem");
    }

    static Gradebook of(GradeRoute route) {
      return new Gradebook(
          route.deployment().registration().issuer().value(),
          route.deployment().registration().clientId().value(),
          route.deployment().id().value(),
          route.subject(),
          route.lineItem());
    }
  }

  /** Checks the invariants and shortens the answer to {@link #ANSWER_LIMIT} characters. */
  public DeliveryOutcome {
    Objects.requireNonNull(correlationId, "correlationId");
    Objects.requireNonNull(part, "part");
    gradebooks = List.copyOf(gradebooks);
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(answer, "answer");
    if (answer.length() > ANSWER_LIMIT) answer = answer.substring(0, ANSWER_LIMIT) + "…";
    Objects.requireNonNull(nextAttempt, "nextAttempt");
    Objects.requireNonNull(duration, "duration");
  }
}
