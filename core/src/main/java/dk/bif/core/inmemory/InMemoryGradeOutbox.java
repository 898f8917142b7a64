package dk.bif.core.inmemory;

import dk.bif.core.gradebook.GradeKey;
import dk.bif.core.gradebook.OutboxEntry;
import dk.bif.core.gradebook.OutboxState;
import dk.bif.core.gradebook.PendingGrade;
import dk.bif.core.port.GradeOutbox;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * A {@link GradeOutbox} in memory, for tests and a single node (lost on restart). Thread-safe:
 * every method holds the outbox's monitor. Enqueues made inside an {@link InMemoryUnitOfWork} are
 * undone when the unit fails.
 */
public final class InMemoryGradeOutbox implements GradeOutbox {

  private final Map<GradeKey, OutboxEntry> entries = new HashMap<>();
  private final Optional<InMemoryUnitOfWork> unitOfWork;

  /** An outbox that takes part in no unit of work. */
  public InMemoryGradeOutbox() {
    this.unitOfWork = Optional.empty();
  }

  /**
   * @param unitOfWork the unit of work whose failed units undo this outbox's enqueues
   */
  public InMemoryGradeOutbox(InMemoryUnitOfWork unitOfWork) {
    this.unitOfWork = Optional.of(Objects.requireNonNull(unitOfWork, "unitOfWork"));
  }

  @Override
  public synchronized OutboxEntry enqueue(
      PendingGrade grade, Instant scoreTimestamp, Instant dueAt) {
    Objects.requireNonNull(grade, "grade");
    Objects.requireNonNull(scoreTimestamp, "scoreTimestamp");
    Objects.requireNonNull(dueAt, "dueAt");
    OutboxEntry before = entries.get(grade.key());
    OutboxEntry after =
        new OutboxEntry(
            grade,
            before == null ? 1 : before.version() + 1,
            scoreTimestamp,
            OutboxState.PENDING,
            0,
            dueAt,
            before == null ? Optional.empty() : before.leasedUntil(),
            Optional.empty());
    entries.put(grade.key(), after);
    unitOfWork.ifPresent(
        unit ->
            unit.onRollback(
                () -> {
                  synchronized (this) {
                    if (before == null) entries.remove(grade.key());
                    else entries.put(grade.key(), before);
                  }
                }));
    return after;
  }

  @Override
  public synchronized Optional<OutboxEntry> find(GradeKey key) {
    return Optional.ofNullable(entries.get(Objects.requireNonNull(key, "key")));
  }

  @Override
  public synchronized List<OutboxEntry> claimDue(Instant now, int max, Duration lease) {
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(lease, "lease");
    if (max < 1) throw new IllegalArgumentException("max must be at least 1, got " + max);
    Predicate<OutboxEntry> free =
        e -> e.leasedUntil().map(until -> !until.isAfter(now)).orElse(true);
    List<OutboxEntry> due =
        entries.values().stream()
            .filter(e -> e.state() == OutboxState.PENDING)
            .filter(e -> !e.nextAttemptAt().isAfter(now))
            .filter(free)
            .sorted(Comparator.comparing(OutboxEntry::nextAttemptAt))
            .limit(max)
            .toList();
    Instant until = now.plus(lease);
    return due.stream()
        .map(
            e ->
                with(
                    e,
                    e.state(),
                    e.attempts(),
                    e.nextAttemptAt(),
                    Optional.of(until),
                    e.lastAnswer()))
        .peek(e -> entries.put(e.key(), e))
        .toList();
  }

  @Override
  public synchronized boolean markDelivered(GradeKey key, long version, String answer) {
    return settle(
        key,
        version,
        e ->
            with(
                e,
                OutboxState.DELIVERED,
                e.attempts() + 1,
                e.nextAttemptAt(),
                Optional.empty(),
                Optional.of(answer)));
  }

  @Override
  public synchronized Set<GradeKey> markDeliveredAll(List<Delivery> deliveries) {
    // the port's one-by-one recording, under this outbox's monitor: all at once for other callers
    return GradeOutbox.super.markDeliveredAll(deliveries);
  }

  @Override
  public synchronized boolean reschedule(
      GradeKey key, long version, Instant nextAttemptAt, String answer) {
    Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
    return settle(
        key,
        version,
        e ->
            with(
                e,
                OutboxState.PENDING,
                e.attempts() + 1,
                nextAttemptAt,
                Optional.empty(),
                Optional.of(answer)));
  }

  @Override
  public synchronized boolean deadLetter(GradeKey key, long version, String answer) {
    return settle(
        key,
        version,
        e ->
            with(
                e,
                OutboxState.DEAD,
                e.attempts() + 1,
                e.nextAttemptAt(),
                Optional.empty(),
                Optional.of(answer)));
  }

  @Override
  public synchronized boolean waitForDestination(GradeKey key, long version, String reason) {
    Objects.requireNonNull(reason, "reason");
    return settle(
        key,
        version,
        e ->
            with(
                e,
                OutboxState.WAITING,
                e.attempts(),
                e.nextAttemptAt(),
                Optional.empty(),
                Optional.of(reason)));
  }

  @Override
  public synchronized int wakeWaiting(Instant now) {
    Objects.requireNonNull(now, "now");
    List<OutboxEntry> waiting =
        entries.values().stream().filter(e -> e.state() == OutboxState.WAITING).toList();
    for (OutboxEntry e : waiting) {
      entries.put(
          e.key(),
          with(e, OutboxState.PENDING, e.attempts(), now, e.leasedUntil(), e.lastAnswer()));
    }
    return waiting.size();
  }

  @Override
  public synchronized List<OutboxEntry> deadLetters() {
    return entries.values().stream()
        .filter(e -> e.state() == OutboxState.DEAD)
        .sorted(Comparator.comparing((OutboxEntry e) -> e.key().toString()))
        .toList();
  }

  @Override
  public synchronized List<OutboxEntry> waiting() {
    return entries.values().stream()
        .filter(e -> e.state() == OutboxState.WAITING)
        .sorted(Comparator.comparing((OutboxEntry e) -> e.key().toString()))
        .toList();
  }

  @Override
  public synchronized boolean retry(GradeKey key, Instant now) {
    Objects.requireNonNull(now, "now");
    OutboxEntry e = entries.get(Objects.requireNonNull(key, "key"));
    if (e == null || e.state() != OutboxState.DEAD) return false;
    entries.put(key, with(e, OutboxState.PENDING, 0, now, Optional.empty(), e.lastAnswer()));
    return true;
  }

  @Override
  public synchronized long pendingCount() {
    return entries.values().stream().filter(e -> e.state() == OutboxState.PENDING).count();
  }

  @Override
  public synchronized void release(GradeKey key, long version) {
    OutboxEntry e = entries.get(Objects.requireNonNull(key, "key"));
    if (e == null) return;
    entries.put(
        key, with(e, e.state(), e.attempts(), e.nextAttemptAt(), Optional.empty(), e.lastAnswer()));
  }

  @Override
  public synchronized Optional<Instant> oldestPending() {
    return entries.values().stream()
        .filter(e -> e.state() == OutboxState.PENDING)
        .map(e -> e.grade().recordedAt())
        .min(Comparator.naturalOrder());
  }

  private boolean settle(GradeKey key, long version, UnaryOperator<OutboxEntry> outcome) {
    OutboxEntry e = entries.get(Objects.requireNonNull(key, "key"));
    if (e == null) return false;
    if (e.version() != version) {
      entries.put(
          key,
          with(e, e.state(), e.attempts(), e.nextAttemptAt(), Optional.empty(), e.lastAnswer()));
      return false;
    }
    entries.put(key, outcome.apply(e));
    return true;
  }

  private static OutboxEntry with(
      OutboxEntry e,
      OutboxState state,
      int attempts,
      Instant nextAttemptAt,
      Optional<Instant> leasedUntil,
      Optional<String> lastAnswer) {
    return new OutboxEntry(
        e.grade(),
        e.version(),
        e.scoreTimestamp(),
        state,
        attempts,
        nextAttemptAt,
        leasedUntil,
        lastAnswer);
  }
}
