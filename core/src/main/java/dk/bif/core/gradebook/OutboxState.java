package dk.bif.core.gradebook;

/** Where an outbox entry is in its life. */
public enum OutboxState {
  /** Waiting for (another) delivery attempt at its {@code nextAttemptAt}. */
  PENDING,
  /** Every gradebook it goes to has it (or holds a newer score). */
  DELIVERED,
  /** Refused for good; waits for an administrator to read the platform's answer and retry. */
  DEAD
}
