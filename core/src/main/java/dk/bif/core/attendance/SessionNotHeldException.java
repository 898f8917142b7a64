package dk.bif.core.attendance;

import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * Refuses recording attendance for a session that has not started yet: who came is known only once
 * it has begun.
 */
public final class SessionNotHeldException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The reason code pages and logs show. */
  public static final String CODE = "SESSION_NOT_HELD";

  private final transient Session session;
  private final transient ZonedDateTime starts;

  /**
   * @param session the session
   * @param starts when it starts
   */
  public SessionNotHeldException(Session session, ZonedDateTime starts) {
    super(session + " has not been held yet: it starts " + starts);
    this.session = Objects.requireNonNull(session, "session");
    this.starts = Objects.requireNonNull(starts, "starts");
  }

  /** The session. */
  public Session session() {
    return session;
  }

  /** When it starts. */
  public ZonedDateTime starts() {
    return starts;
  }
}
