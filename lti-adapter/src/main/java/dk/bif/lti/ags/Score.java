package dk.bif.lti.ags;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A score as AGS 2.0 §3.4 sends it.
 *
 * @param userId the launch {@code sub}
 * @param scoreGiven the score, only with {@code scoreMaximum}
 * @param scoreMaximum the maximum the score is out of
 * @param comment the comment shown with the grade
 * @param timestamp when the score was set; sent with milliseconds
 * @param activityProgress Initialized, Started, InProgress, Submitted or Completed
 * @param gradingProgress FullyGraded, Pending, PendingManual, Failed or NotReady
 * @param submittedAt {@code submission.submittedAt}, so Canvas does not mark work late
 */
public record Score(
    String userId,
    Optional<Double> scoreGiven,
    Optional<Double> scoreMaximum,
    Optional<String> comment,
    Instant timestamp,
    String activityProgress,
    String gradingProgress,
    Optional<Instant> submittedAt) {
  public Score {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(scoreGiven, "scoreGiven");
    Objects.requireNonNull(scoreMaximum, "scoreMaximum");
    if (scoreGiven.isPresent() && scoreMaximum.isEmpty())
      throw new IllegalArgumentException("scoreGiven needs scoreMaximum");
    Objects.requireNonNull(comment, "comment");
    Objects.requireNonNull(timestamp, "timestamp");
    Objects.requireNonNull(activityProgress, "activityProgress");
    Objects.requireNonNull(gradingProgress, "gradingProgress");
    Objects.requireNonNull(submittedAt, "submittedAt");
  }
}
