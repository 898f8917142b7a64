package dk.bif.core.port;

/**
 * Every port the programme's services need, from one storage: what {@link
 * dk.bif.core.application.Programme} is assembled from. In memory: {@link
 * dk.bif.core.inmemory.InMemoryProgrammeStores}; on a database: the JDBC module's {@code Stores}.
 * Each accessor may hand out a new view on the same storage; the data behind them is shared.
 */
public interface ProgrammeStores {

  /** The staff register. */
  EmployeeRepository employees();

  /** Enrolments in cohorts. */
  EnrolmentRepository enrolments();

  /** Attendance sheets. */
  AttendanceRepository attendance();

  /** Cohort calendars: when and where sessions and exams take place. */
  CohortCalendarRepository calendars();

  /** Exam records. */
  ExamRecordRepository examRecords();

  /** Learning-goal agreements. */
  LearningGoalRepository learningGoals();

  /** Competence ratings. */
  RatingRepository ratings();

  /** Participant evaluations. */
  EvaluationRepository evaluations();

  /** Grades on their way to the LMS gradebook. */
  GradeOutbox gradeOutbox();

  /** The unit of work the repositories and the outbox take part in. */
  UnitOfWork unitOfWork();
}
