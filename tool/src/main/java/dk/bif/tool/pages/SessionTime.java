package dk.bif.tool.pages;

import dk.bif.core.attendance.CohortCalendar;
import dk.bif.core.attendance.ScheduledExam;
import dk.bif.core.attendance.ScheduledSession;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * When and where a session or an exam takes place, as the pages show it.
 *
 * @param starts when it starts
 * @param ends when it ends
 * @param place where
 */
public record SessionTime(ZonedDateTime starts, ZonedDateTime ends, String place) {
  /** Checks. */
  public SessionTime {
    Objects.requireNonNull(starts, "starts");
    Objects.requireNonNull(ends, "ends");
    Objects.requireNonNull(place, "place");
  }

  /**
   * @param calendar the cohort's calendar
   * @param session one of its sessions
   * @return when and where the session takes place
   */
  public static SessionTime of(CohortCalendar calendar, ScheduledSession session) {
    return new SessionTime(
        calendar.at(session.starts()), calendar.at(session.ends()), session.place());
  }

  /**
   * @param calendar the cohort's calendar
   * @param exam its exam
   * @return when and where the exam takes place
   */
  public static SessionTime of(CohortCalendar calendar, ScheduledExam exam) {
    return new SessionTime(calendar.at(exam.starts()), calendar.at(exam.ends()), exam.place());
  }
}
