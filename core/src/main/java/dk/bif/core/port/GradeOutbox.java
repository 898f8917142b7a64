package dk.bif.core.port;

import dk.bif.core.gradebook.GradeKey;
import dk.bif.core.gradebook.OutboxEntry;
import dk.bif.core.gradebook.PendingGrade;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The grade outbox: grades the core has recorded and the LMS gradebooks have not yet confirmed. One
 * entry per {@link GradeKey}; see {@link OutboxEntry} for its life cycle. Writes take part in the
 * caller's {@link UnitOfWork}. Implementations are thread-safe; durable ones survive restarts, and
 * a claim is a lease, so a worker that dies mid-delivery only delays its entries until the lease
 * ends.
 */
public interface GradeOutbox {

  /**
   * Queues a grade, superseding the key's entry whatever its state: the entry becomes {@link
   * dk.bif.core.gradebook.OutboxState#PENDING} with the next version, zero attempts, no last
   * answer, due at {@code dueAt}. A lease on the old version is kept, so the new version is not
   * claimed while the old one is still being sent.
   *
   * @param grade the grade
   * @param scoreTimestamp the timestamp to send it with
   * @param dueAt when it may first be sent
   * @return the entry as stored
   */
  OutboxEntry enqueue(PendingGrade grade, Instant scoreTimestamp, Instant dueAt);

  /**
   * @param key a participant and part
   * @return the key's entry, or empty when no grade was ever queued for it
   */
  Optional<OutboxEntry> find(GradeKey key);

  /**
   * Claims pending entries that are due and not leased (or whose lease has ended), the earliest due
   * first, and leases them until {@code now + lease}. Two callers never claim the same entry.
   *
   * @param now the time
   * @param max at most this many (at least 1)
   * @param lease how long the caller may hold them
   * @return the claimed entries, as stored after the claim
   */
  List<OutboxEntry> claimDue(Instant now, int max, Duration lease);

  /**
   * Records that the claimed version reached every gradebook. For an older version it only ends the
   * lease.
   *
   * @param key the key
   * @param version the version that was sent
   * @param answer the platform's answer, for the record
   * @return whether the entry is now delivered
   */
  boolean markDelivered(GradeKey key, long version, String answer);

  /**
   * A claimed version that reached every gradebook, as {@link #markDeliveredAll} takes it.
   *
   * @param key the key
   * @param version the version that was sent
   * @param answer the platform's answer, for the record
   */
  record Delivery(GradeKey key, long version, String answer) {
    /** Checks that key and answer are there. */
    public Delivery {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(answer, "answer");
    }

    /**
     * The keys of {@code deliveries}, in their order.
     *
     * @param deliveries deliveries, at most one per key
     * @return their keys
     * @throws IllegalArgumentException when a key is given twice
     */
    public static Set<GradeKey> keysOf(List<Delivery> deliveries) {
      Set<GradeKey> keys = new LinkedHashSet<>();
      for (Delivery d : Objects.requireNonNull(deliveries, "deliveries")) {
        if (!keys.add(d.key())) {
          throw new IllegalArgumentException("one delivery per key, " + d.key() + " twice");
        }
      }
      return keys;
    }
  }

  /**
   * Records several deliveries at once, each as {@link #markDelivered} would: the claimed version
   * becomes delivered, an older version only ends its lease. A worker that sent a whole claim
   * records it in one go rather than one transaction per grade. Durable implementations record them
   * together (all or none); the default records them one by one.
   *
   * @param deliveries the versions that were sent, at most one per key
   * @return the keys whose entry is now delivered (those still at the version that was sent)
   * @throws IllegalArgumentException when a key is given twice
   */
  default Set<GradeKey> markDeliveredAll(List<Delivery> deliveries) {
    Delivery.keysOf(deliveries);
    Set<GradeKey> delivered = new LinkedHashSet<>();
    for (Delivery d : deliveries) {
      if (markDelivered(d.key(), d.version(), d.answer())) delivered.add(d.key());
    }
    return delivered;
  }

  /**
   * Records a failed attempt that will be retried: one more attempt, due at {@code nextAttemptAt},
   * lease ended. For an older version it only ends the lease.
   *
   * @param key the key
   * @param version the version that was sent
   * @param nextAttemptAt when to try again
   * @param answer the platform's answer (status and body) or the transport error
   * @return whether the entry was rescheduled
   */
  boolean reschedule(GradeKey key, long version, Instant nextAttemptAt, String answer);

  /**
   * Records a permanent refusal: the entry becomes dead with the platform's answer, lease ended.
   * For an older version it only ends the lease.
   *
   * @param key the key
   * @param version the version that was sent
   * @param answer the platform's answer, shown to an administrator
   * @return whether the entry is now dead
   */
  boolean deadLetter(GradeKey key, long version, String answer);

  /**
   * Sets a claimed entry aside until its destination is known: the entry becomes {@link
   * dk.bif.core.gradebook.OutboxState#WAITING} with the reason as its last answer, lease ended,
   * attempts unchanged (nothing was sent). For an older version it only ends the lease.
   *
   * @param key the key
   * @param version the version that was claimed
   * @param reason why it cannot go yet, for the record
   * @return whether the entry now waits
   */
  boolean waitForDestination(GradeKey key, long version, String reason);

  /**
   * Makes every waiting entry pending, due at {@code now}, keeping its attempts and last answer:
   * what was missing (a participant's LMS user id, a placement's gradebook) may have become known.
   *
   * @param now the time
   * @return how many entries were woken
   */
  int wakeWaiting(Instant now);

  /**
   * @return the dead entries, for an administrator, ordered by key
   */
  List<OutboxEntry> deadLetters();

  /**
   * @return the entries that wait for their destination, each with its reason as last answer, for
   *     an administrator, ordered by key
   */
  List<OutboxEntry> waiting();

  /**
   * An administrator's retry: a dead entry becomes pending, due at {@code now}, attempts reset, its
   * last answer kept until the next attempt.
   *
   * @param key the key
   * @param now the time
   * @return whether a dead entry was revived (false when the key has none)
   */
  boolean retry(GradeKey key, Instant now);

  /**
   * @return how many entries are pending (leased or not); entries waiting for their destination are
   *     not
   */
  long pendingCount();

  /**
   * Hands a claimed entry back unsent, as a worker that stops does: the lease ends, the attempt is
   * not counted, and any worker may claim it again at once. Nothing happens when the key has no
   * entry.
   *
   * @param key the key
   * @param version the version that was claimed
   */
  void release(GradeKey key, long version);

  /**
   * @return when the grade of the oldest pending entry was recorded (how long the LMS has been kept
   *     waiting), or empty when nothing is pending
   */
  Optional<Instant> oldestPending();
}
