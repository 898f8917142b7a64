package dk.bif.tool.pages.participant;

/**
 * How the scheduled sessions of one kind went.
 *
 * @param scheduled the sessions the part schedules
 * @param attended attended
 * @param excused absent with an accepted excuse
 * @param absent absent without excuse
 */
public record AttendanceCount(int scheduled, int attended, int excused, int absent) {
  public AttendanceCount {
    if (scheduled < 0 || attended < 0 || excused < 0 || absent < 0) {
      throw new IllegalArgumentException("attendance counts cannot be negative");
    }
    if (attended + excused + absent > scheduled) {
      throw new IllegalArgumentException(
          "more sessions recorded ("
              + (attended + excused + absent)
              + ") than scheduled ("
              + scheduled
              + ")");
    }
  }

  /** The sessions with nothing recorded yet. */
  public int unrecorded() {
    return scheduled - attended - excused - absent;
  }
}
