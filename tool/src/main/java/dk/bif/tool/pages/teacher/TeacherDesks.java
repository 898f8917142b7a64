package dk.bif.tool.pages.teacher;

import dk.bif.core.application.AttendanceService;
import dk.bif.core.application.ExamService;
import dk.bif.core.curriculum.Catalogue;
import dk.bif.core.enrolment.CohortId;
import dk.bif.core.enrolment.CohortPlanner;
import dk.bif.core.exam.AwardPolicy;
import dk.bif.core.exam.ExamAttemptPolicy;
import dk.bif.core.gradebook.GradeKey;
import dk.bif.core.port.AttendanceRepository;
import dk.bif.core.port.EmployeeRepository;
import dk.bif.core.port.EnrolmentRepository;
import dk.bif.core.port.GradeOutbox;
import dk.bif.lti.nrps.RosterSnapshots;
import dk.bif.tool.bridge.WaitingPerson;
import dk.bif.tool.grades.GradeDestinations;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The three desks of a teacher's pages, over the same cohort data: the page's view, attendance and
 * grading. {@link #of} builds them from the programme's ports and services.
 *
 * @param overview the page: roster, study groups, sessions, grading rows, people waiting
 * @param attendance a session's sheet, recording it, the calendar
 * @param grading recording grades, delivery states, retry
 */
public record TeacherDesks(
    TeacherOverview overview, AttendanceDesk attendance, GradingDesk grading) {

  /** Checks that each desk is given. */
  public TeacherDesks {
    Objects.requireNonNull(overview, "overview");
    Objects.requireNonNull(attendance, "attendance");
    Objects.requireNonNull(grading, "grading");
  }

  /**
   * The desks, with no one waiting to be linked.
   *
   * @param catalogue the parts
   * @param employees the staff register (names, centres, target groups)
   * @param enrolments who is in which cohort
   * @param attendance the attendance sheets (read)
   * @param attendanceService records attendance and decides exam eligibility
   * @param exams records exam sittings and queues their grades
   * @param attempts the attempt rule {@code exams} uses (for attempts left)
   * @param awards what a pass earns
   * @param outbox the grade outbox (read for delivery states)
   * @param destinations where grades go, or why they wait (read for delivery states)
   * @param retry revives a failed grade so that it is sent again ({@code GradeDelivery::retry}):
   *     true when there was a failed grade
   * @param rosters the last NRPS roster of each LMS course
   * @param planner derives the study groups
   * @return the desks
   */
  public static TeacherDesks of(
      Catalogue catalogue,
      EmployeeRepository employees,
      EnrolmentRepository enrolments,
      AttendanceRepository attendance,
      AttendanceService attendanceService,
      ExamService exams,
      ExamAttemptPolicy attempts,
      AwardPolicy awards,
      GradeOutbox outbox,
      GradeDestinations destinations,
      Predicate<GradeKey> retry,
      RosterSnapshots rosters,
      CohortPlanner planner) {
    return of(
        catalogue,
        employees,
        enrolments,
        attendance,
        attendanceService,
        exams,
        attempts,
        awards,
        outbox,
        destinations,
        retry,
        rosters,
        planner,
        cohort -> List.of());
  }

  /**
   * As {@link #of(Catalogue, EmployeeRepository, EnrolmentRepository, AttendanceRepository,
   * AttendanceService, ExamService, ExamAttemptPolicy, AwardPolicy, GradeOutbox, GradeDestinations,
   * Predicate, RosterSnapshots, CohortPlanner)}, with the people of a course waiting to be linked.
   *
   * @param catalogue the parts
   * @param employees the staff register
   * @param enrolments the enrolments
   * @param attendance the attendance records
   * @param attendanceService records attendance
   * @param exams records exam results
   * @param attempts the exam attempt rule
   * @param awards the award rule
   * @param outbox the grade outbox
   * @param destinations where each grade goes (the learner's launch, else the placement and the
   *     roster)
   * @param retry sends a failed grade again
   * @param rosters the last NRPS rosters
   * @param planner the study-group planner
   * @param waiting the people of a cohort's course waiting to be linked (e.g. {@code
   *     LinkingDesk::waitingIn})
   * @return the desks
   */
  public static TeacherDesks of(
      Catalogue catalogue,
      EmployeeRepository employees,
      EnrolmentRepository enrolments,
      AttendanceRepository attendance,
      AttendanceService attendanceService,
      ExamService exams,
      ExamAttemptPolicy attempts,
      AwardPolicy awards,
      GradeOutbox outbox,
      GradeDestinations destinations,
      Predicate<GradeKey> retry,
      RosterSnapshots rosters,
      CohortPlanner planner,
      Function<CohortId, List<WaitingPerson>> waiting) {
    AttendanceDesk attendanceDesk =
        new AttendanceDesk(catalogue, employees, enrolments, attendance, attendanceService);
    GradingDesk gradingDesk =
        new GradingDesk(attendanceDesk, exams, attempts, awards, outbox, destinations, retry);
    return new TeacherDesks(
        new TeacherOverview(attendanceDesk, gradingDesk, rosters, planner, waiting),
        attendanceDesk,
        gradingDesk);
  }
}
