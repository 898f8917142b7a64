package dk.bif.lti.testkit;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The score the gradebook holds for one user in one line item: what the tool sent last and the
 * platform accepted.
 *
 * @param userId the user ({@code sub})
 * @param scoreGiven the score, when one counts (Moodle drops it unless {@code FullyGraded})
 * @param scoreMaximum the maximum the tool sent
 * @param comment the comment, if any
 * @param timestamp the tool's timestamp of the score
 * @param activityProgress e.g. {@code Completed}
 * @param gradingProgress e.g. {@code FullyGraded}
 * @param submittedAt {@code submission.submittedAt}, if sent
 * @param receivedAt when the platform stored it (platform clock)
 */
public record RecordedScore(
    String userId,
    Optional<Double> scoreGiven,
    Optional<Double> scoreMaximum,
    Optional<String> comment,
    Instant timestamp,
    String activityProgress,
    String gradingProgress,
    Optional<Instant> submittedAt,
    Instant receivedAt) {

  /** Checks every field. */
  public RecordedScore {
    Checks.notBlank(userId, "userId");
    Objects.requireNonNull(scoreGiven, "scoreGiven");
    Objects.requireNonNull(scoreMaximum, "scoreMaximum");
    Objects.requireNonNull(comment, "comment");
    Objects.requireNonNull(timestamp, "timestamp");
    Checks.notBlank(activityProgress, "activityProgress");
    Checks.notBlank(gradingProgress, "gradingProgress");
    Objects.requireNonNull(submittedAt, "submittedAt");
    Objects.requireNonNull(receivedAt, "receivedAt");
  }

  /** Whether this is a final grade. */
  public boolean isFinal() {
    return gradingProgress.equals("FullyGraded");
  }
}
