package dk.bif.core.application;

import dk.bif.core.attendance.AttendanceSheet;
import dk.bif.core.attendance.ExamEligibility;
import dk.bif.core.attendance.ExamEligibilityRule;
import dk.bif.core.curriculum.Catalogue;
import dk.bif.core.curriculum.Part;
import dk.bif.core.curriculum.PartId;
import dk.bif.core.enrolment.Enrolment;
import dk.bif.core.exam.AlreadyPassedException;
import dk.bif.core.exam.AttemptsExhaustedException;
import dk.bif.core.exam.Award;
import dk.bif.core.exam.AwardPolicy;
import dk.bif.core.exam.CompletionDeadlinePolicy;
import dk.bif.core.exam.CompletionWarning;
import dk.bif.core.exam.ExamAttempt;
import dk.bif.core.exam.ExamAttemptPolicy;
import dk.bif.core.exam.ExamOutcome;
import dk.bif.core.exam.ExamRecord;
import dk.bif.core.exam.Grade;
import dk.bif.core.exam.InvalidGradeException;
import dk.bif.core.exam.NotEligibleForExamException;
import dk.bif.core.exam.NotEnrolledException;
import dk.bif.core.gradebook.GradeKey;
import dk.bif.core.gradebook.PendingGrade;
import dk.bif.core.gradebook.ScoreTimestampPolicy;
import dk.bif.core.people.EmployeeId;
import dk.bif.core.port.AttendanceRepository;
import dk.bif.core.port.EnrolmentRepository;
import dk.bif.core.port.ExamRecordRepository;
import dk.bif.core.port.GradeOutbox;
import dk.bif.core.port.UnitOfWork;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Exams: grading, no-shows, documented sickness and approved withdrawal, what a pass earns, and the
 * six-year completion warning. Every refusal is an {@link dk.bif.core.exam.ExamRefusedException}
 * that says why. Every recorded sitting also queues its grade for the LMS gradebook in the {@link
 * GradeOutbox}, in the same {@link UnitOfWork} as the exam record: the grade is never lost.
 */
public final class ExamService {

  private final Catalogue catalogue;
  private final EnrolmentRepository enrolments;
  private final ExamRecordRepository records;
  private final AttendanceRepository attendance;
  private final ExamEligibilityRule eligibility;
  private final ExamAttemptPolicy attempts;
  private final AwardPolicy awards;
  private final CompletionDeadlinePolicy deadline;
  private final UnitOfWork unitOfWork;
  private final GradeOutbox outbox;
  private final ScoreTimestampPolicy timestamps = new ScoreTimestampPolicy();
  private final Clock clock;

  /**
   * @param catalogue the programmes
   * @param enrolments where enrolments are stored
   * @param records where exam records are stored
   * @param attendance where attendance is stored (read for exam eligibility)
   * @param eligibility who may sit the exam
   * @param attempts the rule for attempts
   * @param awards what a pass earns
   * @param deadline the completion deadline
   * @param unitOfWork makes recording a result and queueing its grade one unit
   * @param outbox where grades wait for the LMS gradebook
   * @param clock the day of a sitting is today
   */
  public ExamService(
      Catalogue catalogue,
      EnrolmentRepository enrolments,
      ExamRecordRepository records,
      AttendanceRepository attendance,
      ExamEligibilityRule eligibility,
      ExamAttemptPolicy attempts,
      AwardPolicy awards,
      CompletionDeadlinePolicy deadline,
      UnitOfWork unitOfWork,
      GradeOutbox outbox,
      Clock clock) {
    this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    this.enrolments = Objects.requireNonNull(enrolments, "enrolments");
    this.records = Objects.requireNonNull(records, "records");
    this.attendance = Objects.requireNonNull(attendance, "attendance");
    this.eligibility = Objects.requireNonNull(eligibility, "eligibility");
    this.attempts = Objects.requireNonNull(attempts, "attempts");
    this.awards = Objects.requireNonNull(awards, "awards");
    this.deadline = Objects.requireNonNull(deadline, "deadline");
    this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
    this.outbox = Objects.requireNonNull(outbox, "outbox");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Grades today's sitting.
   *
   * @param employee the participant
   * @param part the part
   * @param grade the grade as written: 12, 10, 7, 4, 02, 00 or -3
   * @return the recorded sitting and, for a pass, the award
   * @throws InvalidGradeException when the grade is not on the 7-point scale (e.g. 5)
   * @throws NotEnrolledException when the participant is not enrolled in the part
   * @throws NotEligibleForExamException when attendance does not allow the exam
   * @throws AlreadyPassedException when the part is already passed
   * @throws AttemptsExhaustedException when no attempt is left
   */
  public ExamResult grade(EmployeeId employee, PartId part, String grade) {
    Grade parsed = Grade.parse(grade).orElseThrow(() -> new InvalidGradeException(grade));
    return sit(employee, part, new ExamOutcome.Graded(parsed));
  }

  /**
   * Records that the participant did not turn up today: uses an attempt.
   *
   * @param employee the participant
   * @param part the part
   * @return the recorded sitting
   * @throws NotEnrolledException when the participant is not enrolled in the part
   * @throws NotEligibleForExamException when attendance does not allow the exam
   * @throws AlreadyPassedException when the part is already passed
   * @throws AttemptsExhaustedException when no attempt is left
   */
  public ExamResult recordNoShow(EmployeeId employee, PartId part) {
    return sit(employee, part, new ExamOutcome.NoShow());
  }

  /**
   * Records documented sickness on today's sitting: does not use an attempt.
   *
   * @param employee the participant
   * @param part the part
   * @param documentation what documents it
   * @return the recorded sitting
   * @throws NotEnrolledException when the participant is not enrolled in the part
   * @throws AlreadyPassedException when the part is already passed
   */
  public ExamResult recordSickness(EmployeeId employee, PartId part, String documentation) {
    return sit(employee, part, new ExamOutcome.DocumentedSickness(documentation));
  }

  /**
   * Records an approved withdrawal from today's sitting: does not use an attempt.
   *
   * @param employee the participant
   * @param part the part
   * @param approvedBy who approved it
   * @return the recorded sitting
   * @throws NotEnrolledException when the participant is not enrolled in the part
   * @throws AlreadyPassedException when the part is already passed
   */
  public ExamResult recordWithdrawal(EmployeeId employee, PartId part, String approvedBy) {
    return sit(employee, part, new ExamOutcome.ApprovedWithdrawal(approvedBy));
  }

  /**
   * @param employee a participant
   * @param part a part
   * @return the participant's exam record for the part, or empty
   */
  public Optional<ExamRecord> record(EmployeeId employee, PartId part) {
    return records.find(employee, part);
  }

  /**
   * Warns when a participant's diploma or academy programme nears or passes its six-year completion
   * deadline, counted from the first part's start. Nothing once every exam part the participant is
   * enrolled in is passed, nothing once a part's every attempt is used (the programme cannot be
   * completed then, so the warning would only alarm; the part's status says what happens next), and
   * nothing for a kursist.
   *
   * @param employee a participant
   * @return the warning, or empty
   */
  public Optional<CompletionWarning> completionWarning(EmployeeId employee) {
    List<Enrolment> all = enrolments.ofEmployee(Objects.requireNonNull(employee, "employee"));
    Optional<Enrolment> first =
        all.stream()
            .filter(e -> catalogue.requirePart(e.part()).finalExam())
            .min(Comparator.comparing(Enrolment::startsOn));
    if (first.isEmpty()) {
      return Optional.empty();
    }
    boolean allPassed =
        all.stream()
            .filter(e -> catalogue.requirePart(e.part()).finalExam())
            .allMatch(e -> records.find(employee, e.part()).flatMap(ExamRecord::pass).isPresent());
    boolean attemptsUsedUp =
        all.stream()
            .anyMatch(
                e -> records.find(employee, e.part()).filter(attempts::exhausted).isPresent());
    if (allPassed || attemptsUsedUp) {
      return Optional.empty();
    }
    return deadline.check(first.get().level(), first.get().startsOn(), LocalDate.now(clock));
  }

  private ExamResult sit(EmployeeId employee, PartId part, ExamOutcome outcome) {
    Enrolment enrolment = EnrolmentLookup.require(enrolments, employee, part);
    Part what = catalogue.requirePart(part);
    if (!what.finalExam()) {
      throw new IllegalArgumentException(part + " has no exam");
    }
    if (outcome.usesAttempt()) {
      ExamEligibility may =
          eligibility.assess(
              attendance
                  .find(employee, enrolment.cohort())
                  .orElseGet(() -> new AttendanceSheet(employee, enrolment.cohort(), what)));
      if (!may.eligible()) {
        throw new NotEligibleForExamException(employee, part, may.reason());
      }
    }
    return unitOfWork.run(() -> sitInUnit(employee, part, outcome, enrolment, what));
  }

  private ExamResult sitInUnit(
      EmployeeId employee, PartId part, ExamOutcome outcome, Enrolment enrolment, Part what) {
    ExamRecord record =
        records
            .find(employee, part)
            .orElseGet(() -> new ExamRecord(employee, part, enrolment.level()));
    ExamAttempt attempt = new ExamAttempt(LocalDate.now(clock), outcome);
    record.recordAttempt(attempt, attempts);
    Optional<Award> award =
        attempt.isPass()
            ? Optional.of(awards.award(what, record.level(), attempt.grade().orElseThrow()))
            : Optional.empty();
    recordResult(record, attempt, award);
    return new ExamResult(
        employee, part, attempt, record.attemptsUsed(), attempts.attemptsLeft(record), award);
  }

  /**
   * Stores a sitting that the rules accepted and queues its grade for the LMS, inside the caller's
   * unit of work: this is the one place a result becomes durable. A graded sitting is a final
   * grade; a no-show, sickness or withdrawal is queued without a grade, with a note.
   */
  private void recordResult(ExamRecord record, ExamAttempt attempt, Optional<Award> award) {
    records.save(record);
    GradeKey key = new GradeKey(record.employee(), record.part());
    Instant now = clock.instant();
    PendingGrade grade =
        new PendingGrade(
            key,
            attempt.grade(),
            attempt.grade().isPresent(),
            note(attempt.outcome()),
            attempt.sittingOn(),
            now);
    outbox.enqueue(grade, timestamps.next(outbox.find(key), now), now);
  }

  private static String note(ExamOutcome outcome) {
    if (outcome instanceof ExamOutcome.NoShow) return "Udeblevet";
    if (outcome instanceof ExamOutcome.DocumentedSickness) return "Dokumenteret sygdom";
    if (outcome instanceof ExamOutcome.ApprovedWithdrawal) return "Godkendt afmelding";
    return "";
  }
}
