package dk.bif.core.gradebook;

import static org.assertj.core.api.Assertions.assertThat;

import dk.bif.core.curriculum.PartId;
import dk.bif.core.exam.Grade;
import dk.bif.core.people.EmployeeId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScoreTimestampPolicyTest {

  private final ScoreTimestampPolicy policy = new ScoreTimestampPolicy();

  private static OutboxEntry sentAt(Instant at) {
    GradeKey key = new GradeKey(EmployeeId.of("ann"), PartId.BIF_DEL_1);
    return new OutboxEntry(
        new PendingGrade(key, Optional.of(Grade.SEVEN), true, "", LocalDate.of(2026, 6, 1), at),
        1,
        at,
        OutboxState.DELIVERED,
        1,
        at,
        Optional.empty(),
        Optional.empty());
  }

  @Test
  void theFirstScoreIsSentWhenItWasRecordedToTheMillisecond() {
    Instant at = Instant.parse("2026-06-01T10:00:00.123456Z");

    assertThat(policy.next(Optional.empty(), at))
        .isEqualTo(Instant.parse("2026-06-01T10:00:00.123Z"));
  }

  @Test
  void aRegradeInTheSameSecondMovesToTheNextWholeSecond() {
    Instant first = Instant.parse("2026-06-01T10:00:00.900Z");

    Instant next =
        policy.next(Optional.of(sentAt(first)), Instant.parse("2026-06-01T10:00:00.950Z"));

    assertThat(next).isEqualTo(Instant.parse("2026-06-01T10:00:01Z"));
  }

  @Test
  void aRegradeInALaterSecondKeepsItsOwnTime() {
    Instant first = Instant.parse("2026-06-01T10:00:00.900Z");

    Instant next =
        policy.next(Optional.of(sentAt(first)), Instant.parse("2026-06-01T10:00:01.001Z"));

    assertThat(next).isEqualTo(Instant.parse("2026-06-01T10:00:01.001Z"));
  }

  @Test
  void aRegradeRecordedBeforeTheLastTimestampStillComesAfterIt() {
    Instant first = Instant.parse("2026-06-01T10:00:05.000Z");

    Instant next =
        policy.next(Optional.of(sentAt(first)), Instant.parse("2026-06-01T10:00:04.000Z"));

    assertThat(next).isEqualTo(Instant.parse("2026-06-01T10:00:06Z"));
  }
}
