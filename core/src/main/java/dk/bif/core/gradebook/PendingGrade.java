package dk.bif.core.gradebook;

import dk.bif.core.exam.Grade;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A recorded exam outcome as the LMS gradebook should show it.
 *
 * @param key the participant and part
 * @param grade the grade on the 7-point scale; empty for a sitting without a grade (no-show,
 *     documented sickness, approved withdrawal)
 * @param finalGrade whether this is a final grade; only a final grade is sent as fully graded
 * @param note a short Danish note for the gradebook comment, e.g. {@code Udeblevet}; may be empty
 * @param sittingOn the day of the sitting (sent as the submission time, so work is not marked late)
 * @param recordedAt when the core recorded the outcome
 */
public record PendingGrade(
    GradeKey key,
    Optional<Grade> grade,
    boolean finalGrade,
    String note,
    LocalDate sittingOn,
    Instant recordedAt) {
  public PendingGrade {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(grade, "grade");
    Objects.requireNonNull(note, "note");
    Objects.requireNonNull(sittingOn, "sittingOn");
    Objects.requireNonNull(recordedAt, "recordedAt");
    if (finalGrade && grade.isEmpty()) {
      throw new IllegalArgumentException("a final grade for " + key + " needs a grade");
    }
  }
}
