package dk.bif.core.attendance;

import java.util.Objects;

/**
 * One scheduled session of a part: teaching day 3, study-group session 1, …
 *
 * @param kind teaching day or study-group session
 * @param number the session's number within its kind, from 1
 */
public record Session(SessionKind kind, int number) {
  public Session {
    Objects.requireNonNull(kind, "kind");
    if (number < 1) {
      throw new IllegalArgumentException("sessions are numbered from 1, got " + number);
    }
  }

  /** Teaching day {@code number}. */
  public static Session teachingDay(int number) {
    return new Session(SessionKind.TEACHING_DAY, number);
  }

  /** Study-group session {@code number}. */
  public static Session studyGroup(int number) {
    return new Session(SessionKind.STUDY_GROUP, number);
  }

  @Override
  public String toString() {
    return (kind == SessionKind.TEACHING_DAY ? "teaching day " : "study-group session ") + number;
  }
}
