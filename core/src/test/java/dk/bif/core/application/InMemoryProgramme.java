package dk.bif.core.application;

import dk.bif.core.admission.AdmissionPolicy;
import dk.bif.core.attendance.ExamEligibilityRule;
import dk.bif.core.curriculum.Catalogue;
import dk.bif.core.enrolment.CohortPlanner;
import dk.bif.core.enrolment.DueDatePolicy;
import dk.bif.core.exam.AwardPolicy;
import dk.bif.core.exam.CompletionDeadlinePolicy;
import dk.bif.core.exam.ExamAttemptPolicy;
import dk.bif.core.inmemory.InMemoryAttendanceRepository;
import dk.bif.core.inmemory.InMemoryEmployeeRepository;
import dk.bif.core.inmemory.InMemoryEnrolmentRepository;
import dk.bif.core.inmemory.InMemoryExamRecordRepository;
import dk.bif.core.inmemory.InMemoryGradeOutbox;
import dk.bif.core.inmemory.InMemoryLearningGoalRepository;
import dk.bif.core.inmemory.InMemoryUnitOfWork;
import java.time.LocalDate;

/**
 * Test factory: the services wired by hand over in-memory repositories and a settable clock, with
 * the standard policies. Shipped in core's test-jar.
 */
public final class InMemoryProgramme {
  public final SettableClock clock;
  public final Catalogue catalogue = Catalogue.builtIn();
  public final InMemoryEmployeeRepository employees = new InMemoryEmployeeRepository();
  public final InMemoryEnrolmentRepository enrolmentRepository = new InMemoryEnrolmentRepository();
  public final InMemoryAttendanceRepository attendanceRepository =
      new InMemoryAttendanceRepository();
  public final InMemoryExamRecordRepository examRecords = new InMemoryExamRecordRepository();
  public final InMemoryLearningGoalRepository goalRepository = new InMemoryLearningGoalRepository();
  public final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();
  public final InMemoryGradeOutbox gradeOutbox = new InMemoryGradeOutbox(unitOfWork);
  public final EnrolmentService enrolment;
  public final AttendanceService attendance;
  public final ExamService exams;
  public final LearningGoalService goals;

  /**
   * @param today the day the clock starts on
   */
  public InMemoryProgramme(LocalDate today) {
    clock = new SettableClock(today);
    ExamEligibilityRule rule = ExamEligibilityRule.everySessionAttendedOrExcused();
    enrolment =
        new EnrolmentService(
            catalogue,
            employees,
            enrolmentRepository,
            examRecords,
            attendanceRepository,
            new DueDatePolicy(),
            new AdmissionPolicy(),
            new CohortPlanner(),
            clock);
    attendance = new AttendanceService(catalogue, enrolmentRepository, attendanceRepository, rule);
    exams =
        new ExamService(
            catalogue,
            enrolmentRepository,
            examRecords,
            attendanceRepository,
            rule,
            new ExamAttemptPolicy(),
            new AwardPolicy(),
            new CompletionDeadlinePolicy(),
            unitOfWork,
            gradeOutbox,
            clock);
    goals = new LearningGoalService(employees, enrolmentRepository, goalRepository, clock);
  }
}
