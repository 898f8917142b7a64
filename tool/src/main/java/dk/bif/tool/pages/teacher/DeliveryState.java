package dk.bif.tool.pages.teacher;

import dk.bif.core.gradebook.OutboxEntry;
import dk.bif.core.gradebook.OutboxState;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a participant's latest exam result is on its way to the LMS gradebook, read from the grade
 * outbox.
 *
 * @param kind the state
 * @param attempts delivery attempts made for the latest result
 * @param answer the platform's last answer (or transport error), shortened to {@value
 *     #ANSWER_LENGTH} characters; empty before the first attempt
 * @param routed whether the participant has opened the exam from an LMS that takes grades; without
 *     that the grade waits for an administrator's retry
 */
public record DeliveryState(Kind kind, int attempts, Optional<String> answer, boolean routed) {

  /** Most characters of a platform's answer shown on the page. */
  public static final int ANSWER_LENGTH = 200;

  /** The states a teacher sees. */
  public enum Kind {
    /** No result recorded, so nothing to send. */
    NONE,
    /** Recorded and waiting for its first delivery attempt. */
    QUEUED,
    /** An attempt failed; it is tried again automatically. */
    RETRYING,
    /** Refused for good; waits for an administrator. */
    FAILED,
    /** Failed, then sent again by an administrator: waiting for the new attempt. */
    RETRIED,
    /** The LMS gradebook has it. */
    DELIVERED;

    /** The state as one lower-case word, e.g. {@code delivered}; stable for scripts and tests. */
    public String code() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The bundle key of the state's name, e.g. {@code teacher.delivery.queued}. */
    public String messageKey() {
      return "teacher.delivery." + code();
    }
  }

  public DeliveryState {
    Objects.requireNonNull(kind, "kind");
    if (attempts < 0) throw new IllegalArgumentException("attempts must be >= 0, got " + attempts);
    Objects.requireNonNull(answer, "answer");
  }

  /**
   * @param entry the participant's outbox entry for the part, if any
   * @param routed whether the participant has a grade route for the part
   * @return the state a teacher sees
   */
  public static DeliveryState of(Optional<OutboxEntry> entry, boolean routed) {
    Objects.requireNonNull(entry, "entry");
    if (entry.isEmpty()) return new DeliveryState(Kind.NONE, 0, Optional.empty(), routed);
    OutboxEntry e = entry.get();
    Optional<String> answer = e.lastAnswer().map(DeliveryState::shorten);
    return new DeliveryState(kind(e), e.attempts(), answer, routed);
  }

  private static Kind kind(OutboxEntry e) {
    if (e.state() == OutboxState.DELIVERED) return Kind.DELIVERED;
    if (e.state() == OutboxState.DEAD) return Kind.FAILED;
    if (e.attempts() > 0) return Kind.RETRYING;
    // An administrator's retry resets the attempts and keeps the last answer; a new grade clears
    // it.
    return e.lastAnswer().isPresent() ? Kind.RETRIED : Kind.QUEUED;
  }

  private static String shorten(String answer) {
    String flat = answer.strip().replaceAll("\\s+", " ");
    return flat.length() <= ANSWER_LENGTH ? flat : flat.substring(0, ANSWER_LENGTH - 1) + "…";
  }
}
