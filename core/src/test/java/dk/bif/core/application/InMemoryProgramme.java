package dk.bif.core.application;

import dk.bif.core.curriculum.Catalogue;
import dk.bif.core.inmemory.InMemoryAttendanceRepository;
import dk.bif.core.inmemory.InMemoryEmployeeRepository;
import dk.bif.core.inmemory.InMemoryEnrolmentRepository;
import dk.bif.core.inmemory.InMemoryExamRecordRepository;
import dk.bif.core.inmemory.InMemoryGradeOutbox;
import dk.bif.core.inmemory.InMemoryLearningGoalRepository;
import dk.bif.core.inmemory.InMemoryProgrammeStores;
import dk.bif.core.inmemory.InMemoryUnitOfWork;
import java.time.LocalDate;

/**
 * Test factory: the {@link Programme} on in-memory ports and a settable clock, with its parts in
 * fields for short tests. Shipped in core's test-jar.
 */
public final class InMemoryProgramme {
  public final SettableClock clock;
  public final InMemoryProgrammeStores stores = new InMemoryProgrammeStores();
  public final Programme programme;
  public final Catalogue catalogue;
  public final InMemoryEmployeeRepository employees = stores.employees();
  public final InMemoryEnrolmentRepository enrolmentRepository = stores.enrolments();
  public final InMemoryAttendanceRepository attendanceRepository = stores.attendance();
  public final InMemoryExamRecordRepository examRecords = stores.examRecords();
  public final InMemoryLearningGoalRepository goalRepository = stores.learningGoals();
  public final InMemoryUnitOfWork unitOfWork = stores.unitOfWork();
  public final InMemoryGradeOutbox gradeOutbox = stores.gradeOutbox();
  public final EnrolmentService enrolment;
  public final AttendanceService attendance;
  public final ExamService exams;
  public final LearningGoalService goals;

  /**
   * @param today the day the clock starts on
   */
  public InMemoryProgramme(LocalDate today) {
    clock = new SettableClock(today);
    programme = new Programme(stores, clock);
    catalogue = programme.catalogue();
    enrolment = programme.enrolment();
    attendance = programme.attendance();
    exams = programme.exams();
    goals = programme.goals();
  }
}
