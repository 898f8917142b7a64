package dk.bif.core.inmemory;

import dk.bif.core.port.ProgrammeStores;

/**
 * Every port of the programme in memory, for tests, demos and a single process that needs no
 * durability. The grade outbox takes part in the unit of work. Thread-safe as its repositories are.
 */
public final class InMemoryProgrammeStores implements ProgrammeStores {
  private final InMemoryEmployeeRepository employees = new InMemoryEmployeeRepository();
  private final InMemoryEnrolmentRepository enrolments = new InMemoryEnrolmentRepository();
  private final InMemoryAttendanceRepository attendance = new InMemoryAttendanceRepository();
  private final InMemoryCohortCalendarRepository calendars = new InMemoryCohortCalendarRepository();
  private final InMemoryExamRecordRepository examRecords = new InMemoryExamRecordRepository();
  private final InMemoryLearningGoalRepository learningGoals = new InMemoryLearningGoalRepository();
  private final InMemoryRatingRepository ratings = new InMemoryRatingRepository();
  private final InMemoryEvaluationRepository evaluations = new InMemoryEvaluationRepository();
  private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();
  private final InMemoryGradeOutbox gradeOutbox = new InMemoryGradeOutbox(unitOfWork);

  @Override
  public InMemoryEmployeeRepository employees() {
    return employees;
  }

  @Override
  public InMemoryEnrolmentRepository enrolments() {
    return enrolments;
  }

  @Override
  public InMemoryAttendanceRepository attendance() {
    return attendance;
  }

  @Override
  public InMemoryCohortCalendarRepository calendars() {
    return calendars;
  }

  @Override
  public InMemoryExamRecordRepository examRecords() {
    return examRecords;
  }

  @Override
  public InMemoryLearningGoalRepository learningGoals() {
    return learningGoals;
  }

  @Override
  public InMemoryRatingRepository ratings() {
    return ratings;
  }

  @Override
  public InMemoryEvaluationRepository evaluations() {
    return evaluations;
  }

  @Override
  public InMemoryGradeOutbox gradeOutbox() {
    return gradeOutbox;
  }

  @Override
  public InMemoryUnitOfWork unitOfWork() {
    return unitOfWork;
  }
}
