package dk.bif.core.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.bif.core.curriculum.PartId;
import dk.bif.core.exam.Grade;
import dk.bif.core.gradebook.GradeKey;
import dk.bif.core.gradebook.OutboxEntry;
import dk.bif.core.gradebook.OutboxState;
import dk.bif.core.gradebook.PendingGrade;
import dk.bif.core.people.EmployeeId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link GradeOutbox} keeps, together with the {@link UnitOfWork} its writes
 * take part in. Extend it with a fresh, empty store.
 */
public abstract class AbstractGradeOutboxContractTest {

  /**
   * An outbox and the unit of work it takes part in, over one fresh, empty store.
   *
   * @param unitOfWork the unit of work
   * @param outbox the outbox
   */
  public record Store(UnitOfWork unitOfWork, GradeOutbox outbox) {}

  /** A fresh, empty store. */
  protected abstract Store newStore();

  private static final Instant T0 = Instant.parse("2026-06-01T10:00:00.123Z");
  private static final Duration LEASE = Duration.ofSeconds(30);
  private static final GradeKey ANN = new GradeKey(EmployeeId.of("ann"), PartId.BIF_DEL_1);
  private static final GradeKey BO = new GradeKey(EmployeeId.of("bo"), PartId.BIF_DEL_1);

  private UnitOfWork unit;
  private GradeOutbox outbox;

  @BeforeEach
  void setUp() {
    Store store = newStore();
    unit = store.unitOfWork();
    outbox = store.outbox();
  }

  private static PendingGrade grade(GradeKey key, Grade grade, Instant at) {
    return new PendingGrade(key, Optional.of(grade), true, "", LocalDate.of(2026, 6, 1), at);
  }

  private OutboxEntry queue(GradeKey key, Grade grade, Instant at) {
    return unit.run(() -> outbox.enqueue(grade(key, grade, at), at, at));
  }

  @Test
  void aQueuedGradeIsFoundPendingAtVersionOneWithEverythingItCarries() {
    queue(ANN, Grade.SEVEN, T0);

    OutboxEntry found = outbox.find(ANN).orElseThrow();

    assertThat(found.version()).isEqualTo(1);
    assertThat(found.state()).isEqualTo(OutboxState.PENDING);
    assertThat(found.grade()).isEqualTo(grade(ANN, Grade.SEVEN, T0));
    assertThat(found.scoreTimestamp()).isEqualTo(T0);
    assertThat(found.nextAttemptAt()).isEqualTo(T0);
    assertThat(found.attempts()).isZero();
    assertThat(found.leasedUntil()).isEmpty();
    assertThat(found.lastAnswer()).isEmpty();
    assertThat(outbox.pendingCount()).isEqualTo(1);
  }

  @Test
  void anUnknownKeyHasNoEntry() {
    assertThat(outbox.find(BO)).isEmpty();
  }

  @Test
  void aNewerGradeSupersedesTheKeysEntryWithTheNextVersion() {
    queue(ANN, Grade.FOUR, T0);
    queue(ANN, Grade.TEN, T0.plusSeconds(1));

    OutboxEntry found = outbox.find(ANN).orElseThrow();

    assertThat(found.version()).isEqualTo(2);
    assertThat(found.grade().grade()).contains(Grade.TEN);
    assertThat(found.scoreTimestamp()).isEqualTo(T0.plusSeconds(1));
    assertThat(outbox.pendingCount()).isEqualTo(1);
  }

  @Test
  void aFailedUnitQueuesNothing() {
    queue(ANN, Grade.FOUR, T0);

    assertThatThrownBy(
            () ->
                unit.run(
                    () -> {
                      outbox.enqueue(grade(ANN, Grade.TEN, T0), T0.plusSeconds(1), T0);
                      outbox.enqueue(grade(BO, Grade.TEN, T0), T0, T0);
                      throw new IllegalStateException("the exam record could not be stored");
                    }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the exam record could not be stored");

    assertThat(outbox.find(ANN).orElseThrow().grade().grade()).contains(Grade.FOUR);
    assertThat(outbox.find(ANN).orElseThrow().version()).isEqualTo(1);
    assertThat(outbox.find(BO)).isEmpty();
  }

  @Test
  void aUnitReturnsWhatItsWorkReturnsAndAUnitInsideAUnitJoinsIt() {
    String answer = unit.run(() -> unit.run(() -> "joined"));

    assertThat(answer).isEqualTo("joined");
  }

  @Test
  void dueEntriesAreClaimedEarliestFirstUnderALeaseAndNotClaimedTwice() {
    queue(BO, Grade.TWELVE, T0.plusSeconds(1));
    queue(ANN, Grade.SEVEN, T0);

    List<OutboxEntry> first = outbox.claimDue(T0.plusSeconds(5), 10, LEASE);
    List<OutboxEntry> second = outbox.claimDue(T0.plusSeconds(6), 10, LEASE);

    assertThat(first).extracting(OutboxEntry::key).containsExactly(ANN, BO);
    assertThat(first)
        .allSatisfy(e -> assertThat(e.leasedUntil()).contains(T0.plusSeconds(5).plus(LEASE)));
    assertThat(second).isEmpty();
  }

  @Test
  void aClaimTakesAtMostMax() {
    queue(ANN, Grade.SEVEN, T0);
    queue(BO, Grade.SEVEN, T0.plusMillis(1));

    assertThat(outbox.claimDue(T0.plusSeconds(1), 1, LEASE))
        .extracting(OutboxEntry::key)
        .containsExactly(ANN);
  }

  @Test
  void anEntryThatIsNotYetDueIsNotClaimed() {
    queue(ANN, Grade.SEVEN, T0);

    assertThat(outbox.claimDue(T0.minusMillis(1), 10, LEASE)).isEmpty();
  }

  @Test
  void anEntryWhoseLeaseEndedCanBeClaimedAgain() {
    queue(ANN, Grade.SEVEN, T0);
    outbox.claimDue(T0, 10, LEASE);

    assertThat(outbox.claimDue(T0.plus(LEASE), 10, LEASE))
        .extracting(OutboxEntry::key)
        .containsExactly(ANN);
  }

  @Test
  void aDeliveredEntryIsNoLongerPendingNorClaimed() {
    queue(ANN, Grade.SEVEN, T0);
    OutboxEntry claimed = outbox.claimDue(T0, 10, LEASE).get(0);

    boolean delivered = outbox.markDelivered(ANN, claimed.version(), "200");

    OutboxEntry found = outbox.find(ANN).orElseThrow();
    assertThat(delivered).isTrue();
    assertThat(found.state()).isEqualTo(OutboxState.DELIVERED);
    assertThat(found.lastAnswer()).contains("200");
    assertThat(found.leasedUntil()).isEmpty();
    assertThat(outbox.pendingCount()).isZero();
    assertThat(outbox.claimDue(T0.plusSeconds(999), 10, LEASE)).isEmpty();
  }

  @Test
  void deliveriesRecordedTogetherDeliverEachSentVersionAndOnlyEndTheLeaseOfASupersededOne() {
    queue(ANN, Grade.FOUR, T0);
    queue(BO, Grade.SEVEN, T0);
    outbox.claimDue(T0, 10, LEASE);
    queue(ANN, Grade.TEN, T0.plusSeconds(1));

    Set<GradeKey> delivered =
        outbox.markDeliveredAll(
            List.of(
                new GradeOutbox.Delivery(ANN, 1, "200 ann"),
                new GradeOutbox.Delivery(BO, 1, "200 bo")));

    assertThat(delivered).containsExactly(BO);
    OutboxEntry bo = outbox.find(BO).orElseThrow();
    assertThat(bo.state()).isEqualTo(OutboxState.DELIVERED);
    assertThat(bo.attempts()).isEqualTo(1);
    assertThat(bo.lastAnswer()).contains("200 bo");
    assertThat(bo.leasedUntil()).isEmpty();
    OutboxEntry ann = outbox.find(ANN).orElseThrow();
    assertThat(ann.state()).isEqualTo(OutboxState.PENDING);
    assertThat(ann.attempts()).isZero();
    assertThat(ann.lastAnswer()).isEmpty();
    assertThat(ann.leasedUntil()).isEmpty();
    assertThat(outbox.pendingCount()).isEqualTo(1);
    assertThat(outbox.claimDue(T0.plusSeconds(2), 10, LEASE))
        .extracting(OutboxEntry::key, OutboxEntry::version)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(ANN, 2L));
  }

  @Test
  void recordingNoDeliveriesChangesNothing() {
    queue(ANN, Grade.SEVEN, T0);
    outbox.claimDue(T0, 10, LEASE);

    assertThat(outbox.markDeliveredAll(List.of())).isEmpty();
    assertThat(outbox.find(ANN).orElseThrow().state()).isEqualTo(OutboxState.PENDING);
    assertThat(outbox.find(ANN).orElseThrow().leasedUntil()).isPresent();
  }

  @Test
  void deliveriesThatNameAKeyTwiceAreRefusedAndRecordNothing() {
    queue(ANN, Grade.SEVEN, T0);
    outbox.claimDue(T0, 10, LEASE);

    assertThatThrownBy(
            () ->
                outbox.markDeliveredAll(
                    List.of(
                        new GradeOutbox.Delivery(ANN, 1, "200"),
                        new GradeOutbox.Delivery(ANN, 1, "200"))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(outbox.find(ANN).orElseThrow().state()).isEqualTo(OutboxState.PENDING);
  }

  @Test
  void aNewerGradeIsNotClaimedWhileTheOlderOneIsBeingSent() {
    queue(ANN, Grade.FOUR, T0);
    outbox.claimDue(T0, 10, LEASE);
    queue(ANN, Grade.TEN, T0.plusSeconds(1));

    assertThat(outbox.claimDue(T0.plusSeconds(2), 10, LEASE)).isEmpty();
  }

  @Test
  void theOutcomeOfASupersededVersionOnlyEndsTheLease() {
    queue(ANN, Grade.FOUR, T0);
    OutboxEntry old = outbox.claimDue(T0, 10, LEASE).get(0);
    queue(ANN, Grade.TEN, T0.plusSeconds(1));

    boolean delivered = outbox.markDelivered(ANN, old.version(), "200");

    assertThat(delivered).isFalse();
    OutboxEntry found = outbox.find(ANN).orElseThrow();
    assertThat(found.state()).isEqualTo(OutboxState.PENDING);
    assertThat(found.version()).isEqualTo(2);
    assertThat(outbox.claimDue(T0.plusSeconds(2), 10, LEASE))
        .extracting(OutboxEntry::version)
        .containsExactly(2L);
  }

  @Test
  void aSupersededVersionIsNeitherRescheduledNorDeadLettered() {
    queue(ANN, Grade.FOUR, T0);
    outbox.claimDue(T0, 10, LEASE);
    queue(ANN, Grade.TEN, T0.plusSeconds(1));

    assertThat(outbox.reschedule(ANN, 1, T0.plusSeconds(60), "503")).isFalse();
    assertThat(outbox.deadLetter(ANN, 1, "400")).isFalse();
    assertThat(outbox.find(ANN).orElseThrow().state()).isEqualTo(OutboxState.PENDING);
    assertThat(outbox.find(ANN).orElseThrow().nextAttemptAt()).isEqualTo(T0.plusSeconds(1));
  }

  @Test
  void aRescheduledEntryCountsTheAttemptKeepsTheAnswerAndIsDueLater() {
    queue(ANN, Grade.SEVEN, T0);
    outbox.claimDue(T0, 10, LEASE);

    assertThat(outbox.reschedule(ANN, 1, T0.plusSeconds(8), "503 Service Unavailable")).isTrue();

    OutboxEntry found = outbox.find(ANN).orElseThrow();
    assertThat(found.attempts()).isEqualTo(1);
    assertThat(found.nextAttemptAt()).isEqualTo(T0.plusSeconds(8));
    assertThat(found.lastAnswer()).contains("503 Service Unavailable");
    assertThat(found.leasedUntil()).isEmpty();
    assertThat(outbox.claimDue(T0.plusSeconds(7), 10, LEASE)).isEmpty();
    assertThat(outbox.claimDue(T0.plusSeconds(8), 10, LEASE)).hasSize(1);
  }

  @Test
  void aDeadLetterIsShownWithThePlatformsAnswerAndARetryRevivesIt() {
    queue(ANN, Grade.SEVEN, T0);
    queue(BO, Grade.SEVEN, T0);
    outbox.claimDue(T0, 10, LEASE);
    outbox.deadLetter(ANN, 1, "404 line item not found");

    assertThat(outbox.deadLetters()).extracting(OutboxEntry::key).containsExactly(ANN);
    assertThat(outbox.deadLetters().get(0).lastAnswer()).contains("404 line item not found");
    assertThat(outbox.claimDue(T0.plusSeconds(999), 10, LEASE))
        .extracting(OutboxEntry::key)
        .containsExactly(BO);

    assertThat(outbox.retry(ANN, T0.plusSeconds(60))).isTrue();

    OutboxEntry revived = outbox.find(ANN).orElseThrow();
    assertThat(revived.state()).isEqualTo(OutboxState.PENDING);
    assertThat(revived.attempts()).isZero();
    assertThat(revived.nextAttemptAt()).isEqualTo(T0.plusSeconds(60));
    assertThat(outbox.deadLetters()).isEmpty();
  }

  @Test
  void onlyADeadEntryCanBeRetried() {
    queue(ANN, Grade.SEVEN, T0);

    assertThat(outbox.retry(ANN, T0)).isFalse();
    assertThat(outbox.retry(BO, T0)).isFalse();
  }

  @Test
  void aNewerGradeRevivesADeadEntry() {
    queue(ANN, Grade.SEVEN, T0);
    outbox.claimDue(T0, 10, LEASE);
    outbox.deadLetter(ANN, 1, "400");

    queue(ANN, Grade.TEN, T0.plusSeconds(1));

    assertThat(outbox.find(ANN).orElseThrow().state()).isEqualTo(OutboxState.PENDING);
    assertThat(outbox.deadLetters()).isEmpty();
  }

  @Test
  void concurrentClaimersNeverClaimTheSameEntry() throws Exception {
    for (int i = 0; i < 200; i++) {
      queue(new GradeKey(EmployeeId.of("e" + i), PartId.BIF_DEL_1), Grade.SEVEN, T0);
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<List<OutboxEntry>>> claimers = new ArrayList<>();
      for (int i = 0; i < 8; i++) claimers.add(() -> outbox.claimDue(T0, 40, LEASE));
      Set<GradeKey> seen = new HashSet<>();
      int total = 0;
      for (Future<List<OutboxEntry>> f : pool.invokeAll(claimers)) {
        for (OutboxEntry e : f.get()) {
          seen.add(e.key());
          total++;
        }
      }
      assertThat(total).isEqualTo(seen.size()).isEqualTo(200);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aReleasedEntryIsClaimedAgainAtOnceWithoutCountingAnAttempt() {
    queue(ANN, Grade.SEVEN, T0);
    OutboxEntry claimed = outbox.claimDue(T0.plusSeconds(1), 10, LEASE).get(0);

    outbox.release(ANN, claimed.version());

    OutboxEntry again = outbox.claimDue(T0.plusSeconds(2), 10, LEASE).get(0);
    assertThat(again.key()).isEqualTo(ANN);
    assertThat(again.attempts()).isZero();
    assertThat(again.state()).isEqualTo(OutboxState.PENDING);
    outbox.release(BO, 1); // no entry: nothing happens
    assertThat(outbox.find(BO)).isEmpty();
  }

  @Test
  void theOldestPendingGradeIsWhenItWasRecordedAndNothingOnceAllAreDelivered() {
    assertThat(outbox.oldestPending()).isEmpty();
    queue(BO, Grade.TWELVE, T0.plusSeconds(7));
    queue(ANN, Grade.SEVEN, T0);

    assertThat(outbox.oldestPending()).contains(T0);
    for (OutboxEntry e : outbox.claimDue(T0.plusSeconds(10), 10, LEASE)) {
      outbox.markDelivered(e.key(), e.version(), "200");
    }
    assertThat(outbox.oldestPending()).isEmpty();
  }

  @Test
  void aGradeWithoutDestinationWaitsWithItsReasonUnclaimedAndWithoutCountingAnAttempt() {
    queue(ANN, Grade.SEVEN, T0);
    OutboxEntry claimed = outbox.claimDue(T0, 10, LEASE).get(0);

    assertThat(outbox.waitForDestination(ANN, claimed.version(), "no LMS user id known")).isTrue();

    OutboxEntry waiting = outbox.find(ANN).orElseThrow();
    assertThat(waiting.state()).isEqualTo(OutboxState.WAITING);
    assertThat(waiting.attempts()).isZero();
    assertThat(waiting.lastAnswer()).contains("no LMS user id known");
    assertThat(waiting.leasedUntil()).isEmpty();
    assertThat(outbox.claimDue(T0.plusSeconds(3600), 10, LEASE)).isEmpty();
    assertThat(outbox.deadLetters()).isEmpty();
    assertThat(outbox.pendingCount()).isZero();
  }

  @Test
  void theWaitingGradesAreListedWithTheirReasonsApartFromTheDeadLetters() {
    queue(ANN, Grade.SEVEN, T0);
    queue(BO, Grade.TEN, T0);
    outbox.claimDue(T0, 10, LEASE);
    outbox.waitForDestination(BO, 1, "no gradebook known");
    outbox.deadLetter(ANN, 1, "400");

    assertThat(outbox.waiting()).extracting(OutboxEntry::key).containsExactly(BO);
    assertThat(outbox.waiting().get(0).lastAnswer()).contains("no gradebook known");
    assertThat(outbox.deadLetters()).extracting(OutboxEntry::key).containsExactly(ANN);

    outbox.wakeWaiting(T0.plusSeconds(60));

    assertThat(outbox.waiting()).isEmpty();
  }

  @Test
  void wakingMakesEveryWaitingGradeDueAtOnceAndLeavesTheOthers() {
    queue(ANN, Grade.SEVEN, T0);
    queue(BO, Grade.TEN, T0);
    outbox.claimDue(T0, 10, LEASE);
    outbox.waitForDestination(ANN, 1, "no gradebook known");
    outbox.deadLetter(BO, 1, "400");

    assertThat(outbox.wakeWaiting(T0.plusSeconds(60))).isEqualTo(1);

    OutboxEntry woken = outbox.find(ANN).orElseThrow();
    assertThat(woken.state()).isEqualTo(OutboxState.PENDING);
    assertThat(woken.nextAttemptAt()).isEqualTo(T0.plusSeconds(60));
    assertThat(woken.lastAnswer()).contains("no gradebook known");
    assertThat(outbox.find(BO).orElseThrow().state()).isEqualTo(OutboxState.DEAD);
    assertThat(outbox.claimDue(T0.plusSeconds(60), 10, LEASE))
        .extracting(OutboxEntry::key)
        .containsExactly(ANN);
    assertThat(outbox.wakeWaiting(T0.plusSeconds(61))).isZero();
  }

  @Test
  void aSupersededVersionDoesNotWaitAndANewerGradeEndsTheWait() {
    queue(ANN, Grade.SEVEN, T0);
    outbox.claimDue(T0, 10, LEASE);
    queue(ANN, Grade.TEN, T0.plusSeconds(1));

    assertThat(outbox.waitForDestination(ANN, 1, "no LMS user id known")).isFalse();
    assertThat(outbox.find(ANN).orElseThrow().state()).isEqualTo(OutboxState.PENDING);

    outbox.claimDue(T0.plusSeconds(2), 10, LEASE);
    outbox.waitForDestination(ANN, 2, "no LMS user id known");
    queue(ANN, Grade.TWELVE, T0.plusSeconds(3));

    OutboxEntry newest = outbox.find(ANN).orElseThrow();
    assertThat(newest.state()).isEqualTo(OutboxState.PENDING);
    assertThat(newest.version()).isEqualTo(3);
  }
}
