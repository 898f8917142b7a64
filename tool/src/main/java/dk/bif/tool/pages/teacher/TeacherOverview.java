package dk.bif.tool.pages.teacher;

import dk.bif.core.curriculum.Part;
import dk.bif.core.curriculum.PartId;
import dk.bif.core.enrolment.Candidate;
import dk.bif.core.enrolment.CohortId;
import dk.bif.core.enrolment.CohortPlanner;
import dk.bif.core.enrolment.Enrolment;
import dk.bif.core.enrolment.StudyGroup;
import dk.bif.core.people.CentreId;
import dk.bif.core.people.Employee;
import dk.bif.core.people.EmployeeId;
import dk.bif.core.people.TargetGroup;
import dk.bif.lti.launch.LmsCourse;
import dk.bif.lti.nrps.RosterMember;
import dk.bif.lti.nrps.RosterSnapshot;
import dk.bif.lti.nrps.RosterSnapshots;
import dk.bif.tool.bridge.WaitingPerson;
import dk.bif.tool.pages.SessionTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The teacher's page for the one cohort of their launch: the part, the roster from the cohort's
 * enrolments and from the course's last NRPS roster, the study groups, the sessions with their
 * attendance counts, the grading rows of {@link GradingDesk} and the people waiting to be linked.
 *
 * <p>Study groups are not stored: they are derived from the cohort's enrolments with the cohort
 * planner's rule, which is deterministic, so the lists stay the same while the cohort does.
 *
 * <p>Reads only. Thread-safe when the desks and ports are.
 */
public final class TeacherOverview {

  private final AttendanceDesk attendance;
  private final GradingDesk grading;
  private final CohortParticipants participants;
  private final RosterSnapshots rosters;
  private final CohortPlanner planner;
  private final Function<CohortId, List<WaitingPerson>> waiting;

  /**
   * @param attendance the cohort's sessions and attendance; its participants are the roster
   * @param grading the cohort's grading rows
   * @param rosters the last NRPS roster of each LMS course
   * @param planner derives the study groups
   * @param waiting the people of a cohort's course waiting to be linked (e.g. {@code
   *     LinkingDesk::waitingIn}); {@code cohort -> List.of()} where there is no linking
   */
  public TeacherOverview(
      AttendanceDesk attendance,
      GradingDesk grading,
      RosterSnapshots rosters,
      CohortPlanner planner,
      Function<CohortId, List<WaitingPerson>> waiting) {
    this.attendance = Objects.requireNonNull(attendance, "attendance");
    this.grading = Objects.requireNonNull(grading, "grading");
    this.participants = attendance.participants();
    this.rosters = Objects.requireNonNull(rosters, "rosters");
    this.planner = Objects.requireNonNull(planner, "planner");
    this.waiting = Objects.requireNonNull(waiting, "waiting");
  }

  /**
   * The part the cohort takes: the part of its enrolments, else the part the launch named.
   *
   * @param cohort the cohort
   * @param launched the part of the activity launched, if any
   * @return the part, or empty while neither says
   */
  public Optional<Part> part(CohortId cohort, Optional<PartId> launched) {
    return participants.part(cohort, launched);
  }

  /**
   * The cohort's page.
   *
   * @param cohort the cohort
   * @param launched the part of the activity launched, if any
   * @param course the LMS course launched from, for its NRPS roster
   * @param submitted the grading form as last submitted, to show refused lines; {@link
   *     FormOutcome#none()} otherwise
   * @return the view
   */
  public TeacherView view(
      CohortId cohort,
      Optional<PartId> launched,
      Optional<LmsCourse> course,
      FormOutcome submitted) {
    Objects.requireNonNull(submitted, "submitted");
    Optional<Part> part = part(cohort, launched);
    Map<EmployeeId, Optional<Employee>> people = participants.people(cohort);
    List<Enrolment> enrolled = participants.enrolled(cohort, people);
    Map<EmployeeId, Integer> groupOf = new HashMap<>();
    List<StudyGroupList> groups = new ArrayList<>();
    if (part.isPresent() && part.get().studyGroupSessions() > 0) {
      for (StudyGroup g : planner.studyGroups(candidates(enrolled, people))) {
        g.members().forEach(m -> groupOf.put(m.employee(), g.number()));
        groups.add(
            new StudyGroupList(
                g.number(),
                g.members().stream()
                    .map(m -> rosterRow(enrolment(enrolled, m.employee()), people, groupOf))
                    .toList(),
                g.targetGroups().stream().map(TargetGroup::name).toList()));
      }
    }
    List<RosterRow> roster = enrolled.stream().map(e -> rosterRow(e, people, groupOf)).toList();
    Optional<RosterSnapshot> snapshot = course.flatMap(rosters::find);
    List<GradingRow> rows =
        part.filter(Part::finalExam)
            .map(
                p ->
                    enrolled.stream()
                        .map(e -> grading.gradingRow(e, p, people, submitted))
                        .toList())
            .orElse(List.of());
    return new TeacherView(
        cohort,
        part.map(Part::name),
        part.map(Part::finalExam).orElse(false),
        roster,
        snapshot
            .map(s -> s.members().stream().map(TeacherOverview::lmsMember).toList())
            .orElse(List.of()),
        snapshot.map(RosterSnapshot::takenAt),
        groups,
        part.map(p -> attendance.sessionLinks(cohort, p, enrolled.size())).orElse(List.of()),
        rows,
        attendance.calendar(cohort).flatMap(c -> c.exam().map(e -> SessionTime.of(c, e))),
        waiting.apply(cohort));
  }

  private static Enrolment enrolment(List<Enrolment> enrolled, EmployeeId id) {
    return enrolled.stream().filter(e -> e.employee().equals(id)).findFirst().orElseThrow();
  }

  private static List<Candidate> candidates(
      List<Enrolment> enrolled, Map<EmployeeId, Optional<Employee>> people) {
    return enrolled.stream()
        .map(
            e ->
                new Candidate(
                    e.employee(),
                    people.get(e.employee()).map(Employee::centre).orElse(CentreId.of("?")),
                    e.level(),
                    people.get(e.employee()).map(Employee::targetGroup).orElse(TargetGroup.of("?")),
                    e.startsOn()))
        .toList();
  }

  private static RosterRow rosterRow(
      Enrolment e, Map<EmployeeId, Optional<Employee>> people, Map<EmployeeId, Integer> groupOf) {
    Optional<Employee> who = people.getOrDefault(e.employee(), Optional.empty());
    return new RosterRow(
        e.employee(),
        CohortParticipants.name(e.employee(), people),
        who.map(w -> w.centre().value()),
        who.map(w -> w.targetGroup().name()),
        e.level(),
        Optional.ofNullable(groupOf.get(e.employee())));
  }

  private static LmsMemberRow lmsMember(RosterMember m) {
    List<String> roles = m.roles().stream().map(TeacherOverview::shortRole).toList();
    return new LmsMemberRow(m.userId(), m.name().orElse(m.userId()), roles, m.status());
  }

  /** {@code http://purl.imsglobal.org/vocab/lis/v2/membership#Learner} is {@code Learner}. */
  private static String shortRole(String uri) {
    int cut = Math.max(uri.lastIndexOf('#'), uri.lastIndexOf('/'));
    return cut >= 0 && cut < uri.length() - 1 ? uri.substring(cut + 1) : uri;
  }
}
