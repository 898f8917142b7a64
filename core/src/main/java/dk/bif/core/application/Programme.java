package dk.bif.core.application;

import dk.bif.core.admission.AdmissionPolicy;
import dk.bif.core.attendance.ExamEligibilityRule;
import dk.bif.core.competence.BifFramework;
import dk.bif.core.competence.EvidenceMapping;
import dk.bif.core.curriculum.Catalogue;
import dk.bif.core.enrolment.CohortPlanner;
import dk.bif.core.enrolment.DueDatePolicy;
import dk.bif.core.exam.AwardPolicy;
import dk.bif.core.exam.CompletionDeadlinePolicy;
import dk.bif.core.exam.ExamAttemptPolicy;
import dk.bif.core.port.ProgrammeStores;
import java.time.Clock;
import java.util.Objects;

/**
 * The programme core assembled: ports in, services out. The one place where the services of
 * BIF-uddannelsen are wired with the standard policies (the sources' rules), for the LTI tool, the
 * command line, the demo and the tests alike.
 *
 * <pre>{@code
 * Programme programme = new Programme(stores, Clock.systemDefaultZone()); // or InMemoryProgrammeStores
 * programme.enrolment().statusOf(employee, PartId.BIF_DEL_1);
 * programme.exams().grade(...);   // the grade is queued for the LMS in the same unit of work
 * }</pre>
 *
 * Thread-safe as the services and the ports are.
 */
public final class Programme {
  private final Catalogue catalogue = Catalogue.builtIn();
  private final ProgrammeStores stores;
  private final Clock clock;
  private final ExamEligibilityRule eligibility =
      ExamEligibilityRule.everySessionAttendedOrExcused();
  private final ExamAttemptPolicy attempts = new ExamAttemptPolicy();
  private final AwardPolicy awards = new AwardPolicy();
  private final EnrolmentService enrolment;
  private final AttendanceService attendance;
  private final ExamService exams;
  private final LearningGoalService goals;
  private final CompetenceAssessment competence;

  /**
   * @param stores the ports, all on one storage (so the unit of work spans them)
   * @param clock today, for due dates, attempts and deadlines
   */
  public Programme(ProgrammeStores stores, Clock clock) {
    this.stores = Objects.requireNonNull(stores, "stores");
    this.clock = Objects.requireNonNull(clock, "clock");
    enrolment =
        new EnrolmentService(
            catalogue,
            stores.employees(),
            stores.enrolments(),
            stores.examRecords(),
            stores.attendance(),
            new DueDatePolicy(),
            new AdmissionPolicy(),
            new CohortPlanner(),
            clock);
    attendance =
        new AttendanceService(
            catalogue,
            stores.enrolments(),
            stores.attendance(),
            stores.calendars(),
            eligibility,
            clock);
    exams =
        new ExamService(
            catalogue,
            stores.enrolments(),
            stores.examRecords(),
            stores.attendance(),
            eligibility,
            attempts,
            awards,
            new CompletionDeadlinePolicy(),
            stores.unitOfWork(),
            stores.gradeOutbox(),
            clock);
    goals =
        new LearningGoalService(
            stores.employees(), stores.enrolments(), stores.learningGoals(), clock);
    competence =
        new CompetenceAssessment(
            BifFramework.fagligheder2017(), stores.ratings(), EvidenceMapping.bifThemes());
  }

  /** The built-in catalogue of BIF-uddannelsen (Del 1, Del 2, the leader module). */
  public Catalogue catalogue() {
    return catalogue;
  }

  /** The ports the programme was assembled from. */
  public ProgrammeStores stores() {
    return stores;
  }

  /** The programme's clock. */
  public Clock clock() {
    return clock;
  }

  /** The rule that decides who may sit the exam (every session attended or excused). */
  public ExamEligibilityRule eligibility() {
    return eligibility;
  }

  /** The exam attempt rules (three attempts). */
  public ExamAttemptPolicy attempts() {
    return attempts;
  }

  /** What a passed part earns (ECTS by level, or a course certificate). */
  public AwardPolicy awards() {
    return awards;
  }

  /** Due dates, cohorts and enrolment. */
  public EnrolmentService enrolment() {
    return enrolment;
  }

  /** Attendance. */
  public AttendanceService attendance() {
    return attendance;
  }

  /** Exams and grades; a grade is queued for the LMS gradebook in the same unit of work. */
  public ExamService exams() {
    return exams;
  }

  /** Learning goals and the leader's feedback. */
  public LearningGoalService goals() {
    return goals;
  }

  /** Competence ratings against the 2017 framework, with passed parts as evidence. */
  public CompetenceAssessment competence() {
    return competence;
  }
}
