package dk.bif.tool.pages.teacher;

import dk.bif.core.enrolment.CohortId;
import dk.bif.tool.pages.SessionTime;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The teacher's page of one cohort.
 *
 * @param cohort the cohort (the LMS course the teacher launched from)
 * @param part the part's name, e.g. "Del 1"; empty while the cohort has no participants and the
 *     launch named no part
 * @param exam whether the part ends with an exam (the grading table is shown only then)
 * @param roster the enrolled participants, ordered by name (copied)
 * @param lmsMembers the LMS course's members from the last NRPS roster (copied)
 * @param lmsRosterTakenAt when that roster was fetched; empty when none was
 * @param studyGroups the cohort's study groups (copied)
 * @param sessions the part's scheduled sessions (copied)
 * @param grading one line per participant when the part has an exam (copied)
 * @param examTime when and where the cohort sits the exam, when its calendar says
 * @param waiting the people of the course waiting to be linked to the staff register by a
 *     coordinator, first seen first (copied)
 */
public record TeacherView(
    CohortId cohort,
    Optional<String> part,
    boolean exam,
    List<RosterRow> roster,
    List<LmsMemberRow> lmsMembers,
    Optional<Instant> lmsRosterTakenAt,
    List<StudyGroupList> studyGroups,
    List<SessionLink> sessions,
    List<GradingRow> grading,
    Optional<SessionTime> examTime,
    List<dk.bif.tool.bridge.WaitingPerson> waiting) {
  public TeacherView {
    Objects.requireNonNull(examTime, "examTime");
    Objects.requireNonNull(cohort, "cohort");
    Objects.requireNonNull(part, "part");
    roster = List.copyOf(roster);
    lmsMembers = List.copyOf(lmsMembers);
    Objects.requireNonNull(lmsRosterTakenAt, "lmsRosterTakenAt");
    studyGroups = List.copyOf(studyGroups);
    sessions = List.copyOf(sessions);
    grading = List.copyOf(grading);
    waiting = List.copyOf(waiting);
  }

  /** Whether the cohort's calendar has any session or the exam, so it can be downloaded. */
  public boolean calendar() {
    return examTime.isPresent() || sessions.stream().anyMatch(s -> s.when().isPresent());
  }

  /** The options of every grade field. */
  public List<GradeChoice> gradeChoices() {
    return GradeChoice.all();
  }

  /** Whether any grading line was refused. */
  public boolean hasErrors() {
    return grading.stream().anyMatch(r -> r.error().isPresent());
  }
}
