package dk.bif.tool.grades;

import dk.bif.core.exam.Grade;
import dk.bif.core.gradebook.OutboxEntry;
import dk.bif.core.gradebook.PendingGrade;
import dk.bif.lti.ags.Score;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How a Danish 7-point grade is sent to an LMS gradebook. The grade stays the truth in the core;
 * the gradebook gets an ordered copy that sorts and averages sensibly and says the grade in words:
 *
 * <ul>
 *   <li>{@code scoreGiven} = the grade's position on the ordered scale, {@code scoreMaximum} = 6:
 *       -3 → 0, 00 → 1, 02 → 2, 4 → 3, 7 → 4, 10 → 5, 12 → 6. The points themselves (-3 … 12)
 *       cannot be sent: AGS scores are not negative, and 12/12 vs 02/12 would misstate the pass
 *       line. On this scale 02 (the pass line) is 2/6.
 *   <li>{@code comment} = {@code Karakter 7 (ECTS C), bestået}: the real grade and its ECTS letter.
 *   <li>{@code gradingProgress} = {@code FullyGraded} and {@code activityProgress} = {@code
 *       Completed} only for a final grade; a sitting without a grade (no-show, documented sickness,
 *       approved withdrawal) goes as {@code NotReady}/{@code Initialized} without {@code
 *       scoreGiven}, with the note as comment.
 *   <li>{@code timestamp} = the outbox entry's score timestamp (milliseconds kept); {@code
 *       submission.submittedAt} = the start of the sitting day in {@link #zone()}.
 * </ul>
 */
public final class SevenPointScoreMapping {

  /** The ordered scale, worst first: a grade's index is its {@code scoreGiven}. */
  static final List<Grade> ORDER =
      List.of(
          Grade.MINUS_THREE,
          Grade.ZERO,
          Grade.TWO,
          Grade.FOUR,
          Grade.SEVEN,
          Grade.TEN,
          Grade.TWELVE);

  /** The {@code scoreMaximum} of every grade: the top of the ordered scale. */
  public static final double SCORE_MAXIMUM = ORDER.size() - 1;

  /** The zone sitting days are in. */
  public static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

  private final ZoneId zone;

  /** Sitting days in Copenhagen time. */
  public SevenPointScoreMapping() {
    this(COPENHAGEN);
  }

  /**
   * @param zone the zone sitting days are in
   */
  public SevenPointScoreMapping(ZoneId zone) {
    this.zone = Objects.requireNonNull(zone, "zone");
  }

  /** The zone sitting days are in. */
  public ZoneId zone() {
    return zone;
  }

  /**
   * @param grade a grade
   * @return its {@code scoreGiven}: 0 for -3 up to 6 for 12
   */
  public static double scoreOf(Grade grade) {
    return ORDER.indexOf(Objects.requireNonNull(grade, "grade"));
  }

  /**
   * @param entry an outbox entry
   * @param userId the participant's {@code sub} on the platform
   * @return the score to send
   */
  public Score score(OutboxEntry entry, String userId) {
    PendingGrade pending = entry.grade();
    Optional<Grade> grade = pending.grade();
    String comment =
        grade
            .map(
                g ->
                    "Karakter "
                        + g.text()
                        + " (ECTS "
                        + g.ectsLetter()
                        + "), "
                        + (g.isPass() ? "bestået" : "ikke bestået"))
            .orElse(pending.note());
    boolean graded = pending.finalGrade() && grade.isPresent();
    return new Score(
        userId,
        graded ? grade.map(SevenPointScoreMapping::scoreOf) : Optional.empty(),
        Optional.of(SCORE_MAXIMUM),
        comment.isBlank() ? Optional.empty() : Optional.of(comment),
        entry.scoreTimestamp(),
        graded ? "Completed" : "Initialized",
        graded ? "FullyGraded" : "NotReady",
        Optional.of(pending.sittingOn().atStartOfDay(zone).toInstant()));
  }
}
