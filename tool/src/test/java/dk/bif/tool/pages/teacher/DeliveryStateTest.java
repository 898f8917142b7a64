package dk.bif.tool.pages.teacher;

import static org.assertj.core.api.Assertions.assertThat;

import dk.bif.core.curriculum.PartId;
import dk.bif.core.exam.Grade;
import dk.bif.core.gradebook.GradeKey;
import dk.bif.core.gradebook.PendingGrade;
import dk.bif.core.inmemory.InMemoryGradeOutbox;
import dk.bif.core.people.EmployeeId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The delivery state a teacher sees follows the outbox entry through its life. */
class DeliveryStateTest {

  private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
  private static final GradeKey KEY = new GradeKey(EmployeeId.of("e1"), PartId.BIF_DEL_1);
  private final InMemoryGradeOutbox outbox = new InMemoryGradeOutbox();

  private DeliveryState state() {
    return DeliveryState.of(outbox.find(KEY), true);
  }

  private long claim() {
    return outbox.claimDue(NOW, 1, Duration.ofMinutes(1)).get(0).version();
  }

  @Test
  void aGradeGoesFromQueuedThroughRetryingToFailedWithTheAnswerAndIsRetried() {
    assertThat(state().kind()).isEqualTo(DeliveryState.Kind.NONE);
    outbox.enqueue(
        new PendingGrade(KEY, Optional.of(Grade.SEVEN), true, "", LocalDate.of(2026, 3, 2), NOW),
        NOW,
        NOW);
    assertThat(state().kind()).isEqualTo(DeliveryState.Kind.QUEUED);

    outbox.reschedule(KEY, claim(), NOW, "503 Service Unavailable");
    assertThat(state())
        .isEqualTo(
            new DeliveryState(
                DeliveryState.Kind.RETRYING, 1, Optional.of("503 Service Unavailable"), true));

    outbox.deadLetter(KEY, claim(), "400 {\"error\":\n  \"score out of range\"}");
    assertThat(state().kind()).isEqualTo(DeliveryState.Kind.FAILED);
    assertThat(state().answer()).contains("400 {\"error\": \"score out of range\"}");

    outbox.retry(KEY, NOW);
    assertThat(state().kind()).isEqualTo(DeliveryState.Kind.RETRIED);

    outbox.markDelivered(KEY, claim(), "200");
    assertThat(state().kind()).isEqualTo(DeliveryState.Kind.DELIVERED);
    assertThat(DeliveryState.Kind.DELIVERED.messageKey()).isEqualTo("teacher.delivery.delivered");
  }

  @Test
  void aLongAnswerIsShortened() {
    outbox.enqueue(
        new PendingGrade(KEY, Optional.of(Grade.SEVEN), true, "", LocalDate.of(2026, 3, 2), NOW),
        NOW,
        NOW);
    outbox.deadLetter(KEY, claim(), "x".repeat(1000));

    assertThat(state().answer().orElseThrow()).hasSize(DeliveryState.ANSWER_LENGTH);
  }
}
