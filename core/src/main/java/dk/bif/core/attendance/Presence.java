package dk.bif.core.attendance;

import java.util.Objects;

/**
 * What was recorded for one session.
 *
 * @param kind attended, excused or absent
 * @param note the excuse for an excused absence; empty text otherwise
 */
public record Presence(Kind kind, String note) {
  /** Attended, excused or absent. */
  public enum Kind {
    /** Took part. */
    ATTENDED,
    /** Absent with an accepted excuse. */
    EXCUSED,
    /** Absent without excuse. */
    ABSENT
  }

  public Presence {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(note, "note");
    if (kind == Kind.EXCUSED && note.isBlank()) {
      throw new IllegalArgumentException("an excused absence needs its excuse");
    }
  }
}
