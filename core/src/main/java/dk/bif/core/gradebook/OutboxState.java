package dk.bif.core.gradebook;

/** Where an outbox entry is in its life. */
public enum OutboxState {
  /** Waiting for (another) delivery attempt at its {@code nextAttemptAt}. */
  PENDING,
  /** Every gradebook it goes to has it (or holds a newer score). */
  DELIVERED,
  /** Refused for good; waits for an administrator to read the platform's answer and retry. */
  DEAD,
  /**
   * Cannot go yet: nobody knows where it goes (the participant's LMS user id, or the placement's
   * gradebook, is not known yet). Not claimed; made {@link #PENDING} again, due at once, when what
   * was missing may have become known ({@link dk.bif.core.port.GradeOutbox#wakeWaiting}). Neither
   * failed nor dead: no attempt was made.
   */
  WAITING
}
