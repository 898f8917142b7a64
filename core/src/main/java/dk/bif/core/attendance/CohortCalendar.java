package dk.bif.core.attendance;

import dk.bif.core.curriculum.Part;
import dk.bif.core.enrolment.CohortId;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A cohort's calendar: when and where each session of its part takes place, and its exam.
 *
 * <p>Life cycle: {@linkplain #empty made empty} for a cohort, then each session is {@linkplain
 * #schedule scheduled} (a later entry for the same session moves it) and the exam is {@linkplain
 * #scheduleExam scheduled}; the exam must follow the last session, in whichever order the two are
 * entered. A session the calendar does not hold is unscheduled: nothing is known of its date.
 * Immutable: each change returns a new calendar; thread-safe.
 */
public final class CohortCalendar {

  /** The time zone of BIF-uddannelsen's sessions. */
  public static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

  private final CohortId cohort;
  private final Part part;
  private final ZoneId zone;
  private final Map<Session, ScheduledSession> sessions;
  private final ScheduledExam exam;

  private CohortCalendar(
      CohortId cohort,
      Part part,
      ZoneId zone,
      Map<Session, ScheduledSession> sessions,
      ScheduledExam exam) {
    this.cohort = cohort;
    this.part = part;
    this.zone = zone;
    this.sessions = sessions;
    this.exam = exam;
  }

  /**
   * @param cohort the cohort
   * @param part the part it takes
   * @param zone the time zone its times are in
   * @return a calendar with nothing scheduled
   */
  public static CohortCalendar empty(CohortId cohort, Part part, ZoneId zone) {
    return new CohortCalendar(
        Objects.requireNonNull(cohort, "cohort"),
        Objects.requireNonNull(part, "part"),
        Objects.requireNonNull(zone, "zone"),
        Map.of(),
        null);
  }

  /**
   * @param scheduled when and where a session of the part takes place
   * @return the calendar with it (replacing an earlier entry for the same session)
   * @throws IllegalArgumentException when the part has no such session
   * @throws ScheduleConflictException when the session would end after the exam starts
   */
  public CohortCalendar schedule(ScheduledSession scheduled) {
    Objects.requireNonNull(scheduled, "scheduled");
    Session session = scheduled.session();
    int count =
        session.kind() == SessionKind.TEACHING_DAY
            ? part.teachingDays()
            : part.studyGroupSessions();
    if (session.number() > count) {
      throw new IllegalArgumentException(part.name() + " has no " + session);
    }
    if (exam != null && scheduled.ends().isAfter(exam.starts())) {
      throw new ScheduleConflictException(session, scheduled.ends(), exam.starts());
    }
    Map<Session, ScheduledSession> next = new LinkedHashMap<>(sessions);
    next.put(session, scheduled);
    return new CohortCalendar(cohort, part, zone, Map.copyOf(next), exam);
  }

  /**
   * @param scheduledExam when and where the exam takes place
   * @return the calendar with it (replacing an earlier exam)
   * @throws ScheduleConflictException when a scheduled session ends after the exam starts
   */
  public CohortCalendar scheduleExam(ScheduledExam scheduledExam) {
    Objects.requireNonNull(scheduledExam, "scheduledExam");
    Optional<ScheduledSession> last =
        sessions.values().stream().max(Comparator.comparing(ScheduledSession::ends));
    if (last.isPresent() && last.get().ends().isAfter(scheduledExam.starts())) {
      throw new ScheduleConflictException(
          last.get().session(), last.get().ends(), scheduledExam.starts());
    }
    return new CohortCalendar(cohort, part, zone, sessions, scheduledExam);
  }

  /** The scheduled sessions, earliest first. */
  public List<ScheduledSession> sessions() {
    List<ScheduledSession> list = new ArrayList<>(sessions.values());
    list.sort(Comparator.comparing(ScheduledSession::starts));
    return List.copyOf(list);
  }

  /**
   * @param session a session of the part
   * @return when and where it takes place, or empty when it is not scheduled
   */
  public Optional<ScheduledSession> find(Session session) {
    return Optional.ofNullable(sessions.get(session));
  }

  /** The exam, or empty when it is not scheduled. */
  public Optional<ScheduledExam> exam() {
    return Optional.ofNullable(exam);
  }

  /**
   * @param session a session
   * @param now the present moment
   * @return whether the session has started by {@code now}; an unscheduled session counts as held,
   *     since nothing says it lies ahead
   */
  public boolean hasStarted(Session session, Instant now) {
    return find(session).map(s -> !startOf(s).toInstant().isAfter(now)).orElse(true);
  }

  /**
   * @param now the present moment
   * @return the first scheduled session that has not ended by {@code now}, or empty
   */
  public Optional<ScheduledSession> next(Instant now) {
    return sessions().stream()
        .filter(s -> s.ends().atZone(zone).toInstant().isAfter(now))
        .findFirst();
  }

  /**
   * @param scheduled a session of this calendar
   * @return when it starts, in the calendar's zone
   */
  public ZonedDateTime startOf(ScheduledSession scheduled) {
    return scheduled.starts().atZone(zone);
  }

  /**
   * @param time a time of this calendar
   * @return that time in the calendar's zone
   */
  public ZonedDateTime at(LocalDateTime time) {
    return time.atZone(zone);
  }

  /** The cohort. */
  public CohortId cohort() {
    return cohort;
  }

  /** The part the cohort takes. */
  public Part part() {
    return part;
  }

  /** The time zone of the calendar's times. */
  public ZoneId zone() {
    return zone;
  }
}
