package dk.bif.tool.pages.participant;

import dk.bif.core.admission.Level;
import dk.bif.core.curriculum.PartId;
import dk.bif.core.enrolment.CohortId;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An employee's progress in one part they are enrolled in.
 *
 * @param part the part
 * @param partName the part's name, e.g. "Del 1"
 * @param cohort the cohort (hold)
 * @param level the level the part is taken at
 * @param startsOn the cohort's first teaching day
 * @param state where the employee stands
 * @param teachingDays attendance at the teaching days
 * @param studyGroups attendance at the study-group sessions
 * @param sessions every scheduled session with what was recorded, teaching days first
 * @param exam the exam, when the part has one
 */
public record PartProgress(
    PartId part,
    String partName,
    CohortId cohort,
    Level level,
    LocalDate startsOn,
    PartState state,
    AttendanceCount teachingDays,
    AttendanceCount studyGroups,
    List<SessionMark> sessions,
    Optional<ExamProgress> exam) {
  public PartProgress {
    Objects.requireNonNull(part, "part");
    Objects.requireNonNull(partName, "partName");
    Objects.requireNonNull(cohort, "cohort");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(startsOn, "startsOn");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(teachingDays, "teachingDays");
    Objects.requireNonNull(studyGroups, "studyGroups");
    sessions = List.copyOf(sessions);
    Objects.requireNonNull(exam, "exam");
  }

  /** The message-key suffix of the state, e.g. {@code in_progress}. */
  public String stateKey() {
    return state.name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The message-key suffix of the level: diplom, akademi or kursist. */
  public String levelKey() {
    return level.name().toLowerCase(java.util.Locale.ROOT);
  }

  /** Where an employee stands with a part they are enrolled in. */
  public enum PartState {
    /** The cohort has not started yet. */
    NOT_STARTED,
    /** Teaching, study groups or the exam are still ahead. */
    IN_PROGRESS,
    /** The exam is passed. */
    PASSED,
    /** A part without an exam: every session attended. */
    COMPLETED,
    /** Not passed and no attempt left. */
    NO_ATTEMPTS_LEFT
  }
}
