package dk.bif.examples.demo;

import dk.bif.core.admission.AdmissionPolicy;
import dk.bif.core.application.AttendanceService;
import dk.bif.core.application.EnrolmentService;
import dk.bif.core.application.ExamService;
import dk.bif.core.application.LearningGoalService;
import dk.bif.core.attendance.ExamEligibilityRule;
import dk.bif.core.curriculum.Catalogue;
import dk.bif.core.enrolment.CohortPlanner;
import dk.bif.core.enrolment.DueDatePolicy;
import dk.bif.core.exam.AwardPolicy;
import dk.bif.core.exam.CompletionDeadlinePolicy;
import dk.bif.core.exam.ExamAttemptPolicy;
import dk.bif.store.jdbc.JdbcAttendanceRepository;
import dk.bif.store.jdbc.JdbcEmployeeRepository;
import dk.bif.store.jdbc.JdbcEnrolmentRepository;
import dk.bif.store.jdbc.JdbcExamRecordRepository;
import dk.bif.store.jdbc.JdbcLearningGoalRepository;
import dk.bif.store.jdbc.Stores;
import java.time.Clock;

/**
 * The programme core's services wired by hand over the JDBC stores, with the standard policies:
 * what the tool's pages and the demo's tests work with. Thread-safe as the services are.
 */
public final class DemoProgramme {
  private final Catalogue catalogue = Catalogue.builtIn();
  private final JdbcEmployeeRepository employees;
  private final JdbcEnrolmentRepository enrolments;
  private final JdbcAttendanceRepository attendanceSheets;
  private final JdbcExamRecordRepository examRecords;
  private final JdbcLearningGoalRepository goalAgreements;
  private final EnrolmentService enrolment;
  private final AttendanceService attendance;
  private final ExamService exams;
  private final LearningGoalService goals;

  DemoProgramme(Stores stores, Clock clock) {
    employees = stores.employees();
    enrolments = stores.enrolments();
    attendanceSheets = stores.attendance();
    examRecords = stores.examRecords();
    goalAgreements = stores.learningGoals();
    ExamEligibilityRule rule = ExamEligibilityRule.everySessionAttendedOrExcused();
    enrolment =
        new EnrolmentService(
            catalogue,
            employees,
            enrolments,
            examRecords,
            attendanceSheets,
            new DueDatePolicy(),
            new AdmissionPolicy(),
            new CohortPlanner(),
            clock);
    attendance = new AttendanceService(catalogue, enrolments, attendanceSheets, rule);
    exams =
        new ExamService(
            catalogue,
            enrolments,
            examRecords,
            attendanceSheets,
            rule,
            new ExamAttemptPolicy(),
            new AwardPolicy(),
            new CompletionDeadlinePolicy(),
            stores.unitOfWork(),
            stores.gradeOutbox(),
            clock);
    goals = new LearningGoalService(employees, enrolments, goalAgreements, clock);
  }

  /** The built-in BIF catalogue. */
  public Catalogue catalogue() {
    return catalogue;
  }

  /** The staff register. */
  public JdbcEmployeeRepository employees() {
    return employees;
  }

  /** Enrolments. */
  public JdbcEnrolmentRepository enrolments() {
    return enrolments;
  }

  /** Attendance sheets. */
  public JdbcAttendanceRepository attendanceSheets() {
    return attendanceSheets;
  }

  /** Exam records. */
  public JdbcExamRecordRepository examRecords() {
    return examRecords;
  }

  /** Learning-goal agreements. */
  public JdbcLearningGoalRepository goalAgreements() {
    return goalAgreements;
  }

  /** Due dates, cohorts and enrolment. */
  public EnrolmentService enrolment() {
    return enrolment;
  }

  /** Attendance. */
  public AttendanceService attendance() {
    return attendance;
  }

  /** Exams and grades; a grade is queued for the LMS gradebook in the same transaction. */
  public ExamService exams() {
    return exams;
  }

  /** Learning goals and feedback. */
  public LearningGoalService goals() {
    return goals;
  }
}
