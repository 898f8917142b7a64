package dk.bif.core.attendance;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * Refuses a cohort calendar in which the exam does not follow the last session: the exam must start
 * after every session of the part has ended.
 */
public final class ScheduleConflictException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The reason code pages and logs show. */
  public static final String CODE = "EXAM_BEFORE_LAST_SESSION";

  private final transient Session lastSession;
  private final transient LocalDateTime sessionEnds;
  private final transient LocalDateTime examStarts;

  /**
   * @param lastSession the session that ends too late
   * @param sessionEnds when it ends
   * @param examStarts when the exam starts
   */
  public ScheduleConflictException(
      Session lastSession, LocalDateTime sessionEnds, LocalDateTime examStarts) {
    super(
        "the exam must follow the last session: "
            + lastSession
            + " ends "
            + sessionEnds
            + ", the exam starts "
            + examStarts);
    this.lastSession = Objects.requireNonNull(lastSession, "lastSession");
    this.sessionEnds = Objects.requireNonNull(sessionEnds, "sessionEnds");
    this.examStarts = Objects.requireNonNull(examStarts, "examStarts");
  }

  /** The session that ends after the exam starts. */
  public Session lastSession() {
    return lastSession;
  }

  /** When that session ends. */
  public LocalDateTime sessionEnds() {
    return sessionEnds;
  }

  /** When the exam starts. */
  public LocalDateTime examStarts() {
    return examStarts;
  }
}
