package dk.bif.lti.testkit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Whether an arriving score may replace the stored one, by their timestamps (AGS 2.0 §3.4: the
 * platform must not let an older score overwrite a newer one).
 */
enum ScoreTimestampRule {
  /**
   * Spec: a score older than the stored one is ignored (the tool is told it succeeded, since a
   * newer value is in place); an equal or newer one replaces it.
   */
  IGNORE_OLDER {
    @Override
    ScoreDelivery.Outcome judge(Instant stored, Instant incoming) {
      return incoming.isBefore(stored)
          ? ScoreDelivery.Outcome.IGNORED_OLDER
          : ScoreDelivery.Outcome.STORED;
    }
  },
  /**
   * Moodle: a score is refused with 409 unless its timestamp is newer than the stored one in whole
   * seconds, so two scores within one second collide.
   */
  REFUSE_NOT_NEWER_SECOND {
    @Override
    ScoreDelivery.Outcome judge(Instant stored, Instant incoming) {
      return incoming
              .truncatedTo(ChronoUnit.SECONDS)
              .isAfter(stored.truncatedTo(ChronoUnit.SECONDS))
          ? ScoreDelivery.Outcome.STORED
          : ScoreDelivery.Outcome.REFUSED_NOT_NEWER;
    }
  };

  /**
   * Judges an incoming score against the stored one.
   *
   * @param stored the stored score's timestamp
   * @param incoming the arriving score's timestamp
   * @return {@code STORED} when it replaces the stored one, otherwise why not
   */
  abstract ScoreDelivery.Outcome judge(Instant stored, Instant incoming);
}
