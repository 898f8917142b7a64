package dk.bif.tool.pages.teacher;

import dk.bif.core.application.ExamService;
import dk.bif.core.attendance.AttendanceSheet;
import dk.bif.core.curriculum.Part;
import dk.bif.core.enrolment.CohortId;
import dk.bif.core.enrolment.Enrolment;
import dk.bif.core.exam.AlreadyPassedException;
import dk.bif.core.exam.AttemptsExhaustedException;
import dk.bif.core.exam.Award;
import dk.bif.core.exam.AwardPolicy;
import dk.bif.core.exam.ExamAttempt;
import dk.bif.core.exam.ExamAttemptPolicy;
import dk.bif.core.exam.ExamOutcome;
import dk.bif.core.exam.ExamRecord;
import dk.bif.core.exam.ExamRefusedException;
import dk.bif.core.exam.InvalidGradeException;
import dk.bif.core.exam.NotEligibleForExamException;
import dk.bif.core.gradebook.GradeKey;
import dk.bif.core.people.Employee;
import dk.bif.core.people.EmployeeId;
import dk.bif.core.port.GradeOutbox;
import dk.bif.tool.grades.GradeDestinations;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What a teacher reads and records about the exam of the one cohort of their launch: each
 * participant's grading row, the recording of results on the 7-point scale, where each grade is on
 * its way to the LMS gradebook, and the retry of a grade that failed.
 *
 * <p>Results are recorded through the core's {@link ExamService}, so its rules hold (the exam only
 * for the eligible, three attempts, no sitting after a pass). A submitted form is applied line by
 * line: a line the rules refuse is reported with its reason and the others are saved. A form naming
 * a participant outside the cohort is refused whole, before anything is saved ({@link
 * OtherCohortException}).
 *
 * <p>Thread-safe when the ports and services are.
 */
public final class GradingDesk {

  /** Field-name prefix of a participant's grade in the grading form. */
  public static final String GRADE = "grade-";

  /** Field-name prefix of a participant's note (sickness documentation, approver). */
  public static final String NOTE = "note-";

  private final AttendanceDesk attendance;
  private final CohortParticipants participants;
  private final ExamService exams;
  private final ExamAttemptPolicy attempts;
  private final AwardPolicy awards;
  private final GradeOutbox outbox;
  private final GradeDestinations destinations;
  private final Predicate<GradeKey> retry;

  /**
   * @param attendance the same cohort's attendance, for exam eligibility and refusals that count
   *     sessions; its participants are the ones graded here
   * @param exams records exam sittings and queues their grades
   * @param attempts the attempt rule {@code exams} uses (for attempts left)
   * @param awards what a pass earns
   * @param outbox the grade outbox (read for delivery states)
   * @param destinations where grades go, or why they wait (read for delivery states)
   * @param retry revives a failed grade so that it is sent again ({@code GradeDelivery::retry}):
   *     true when there was a failed grade
   */
  public GradingDesk(
      AttendanceDesk attendance,
      ExamService exams,
      ExamAttemptPolicy attempts,
      AwardPolicy awards,
      GradeOutbox outbox,
      GradeDestinations destinations,
      Predicate<GradeKey> retry) {
    this.attendance = Objects.requireNonNull(attendance, "attendance");
    this.participants = attendance.participants();
    this.exams = Objects.requireNonNull(exams, "exams");
    this.attempts = Objects.requireNonNull(attempts, "attempts");
    this.awards = Objects.requireNonNull(awards, "awards");
    this.outbox = Objects.requireNonNull(outbox, "outbox");
    this.destinations = Objects.requireNonNull(destinations, "destinations");
    this.retry = Objects.requireNonNull(retry, "retry");
  }

  /**
   * Records the grading form: for each participant {@code grade-<id>} is a grade on the 7-point
   * scale ({@code 12} … {@code -3}), {@code no-show}, {@code sickness} (documented in {@code
   * note-<id>}) or {@code withdrawal} (approver in {@code note-<id>}); an empty or missing value
   * records nothing. Each sitting is its own unit in the core: the exam record and the queued grade
   * are saved together or not at all.
   *
   * @param cohort the teacher's cohort
   * @param part its part, which has an exam
   * @param form the submitted fields
   * @return what was saved and what was refused
   * @throws OtherCohortException when a field names a participant outside the cohort; nothing is
   *     saved then
   * @throws IllegalArgumentException when the part has no exam
   */
  public FormOutcome recordGrades(CohortId cohort, Part part, Map<String, String> form) {
    if (!part.finalExam()) throw new IllegalArgumentException(part.id() + " has no exam");
    Map<EmployeeId, Optional<Employee>> people = participants.people(cohort);
    CohortParticipants.requireOwnParticipants(people.keySet(), form);
    int saved = 0;
    Map<EmployeeId, Message> errors = new LinkedHashMap<>();
    for (EmployeeId id : people.keySet()) {
      String value = form.getOrDefault(GRADE + id.value(), "").strip();
      if (value.isEmpty()) continue;
      String note = form.getOrDefault(NOTE + id.value(), "").strip();
      String name = CohortParticipants.name(id, people);
      Optional<Message> refused = sit(id, part, value, note, name);
      if (refused.isPresent()) errors.put(id, refused.get());
      else saved++;
    }
    return new FormOutcome(saved, errors, form);
  }

  /**
   * Where each participant's latest result in the part is on its way to the LMS gradebook: what the
   * teacher's page shows and asks for again while a state is settling.
   *
   * @param cohort the teacher's cohort
   * @param part the part
   * @return each participant's state, ordered by id
   */
  public Map<EmployeeId, DeliveryState> deliveryStates(CohortId cohort, Part part) {
    Map<EmployeeId, DeliveryState> states = new LinkedHashMap<>();
    for (EmployeeId id : participants.people(cohort).keySet()) {
      states.put(id, deliveryState(new GradeKey(id, part.id())));
    }
    return states;
  }

  /**
   * The teacher's retry of a participant's failed grade: sent again at once.
   *
   * @param cohort the teacher's cohort
   * @param part the part
   * @param participant the participant, by id
   * @return true when a failed grade was sent again; false when the grade had not failed
   * @throws OtherCohortException when the participant is not in the cohort; nothing is retried
   */
  public boolean retryGrade(CohortId cohort, Part part, String participant) {
    Objects.requireNonNull(participant, "participant");
    if (participant.isBlank()
        || !participants.people(cohort).containsKey(EmployeeId.of(participant.strip()))) {
      throw new OtherCohortException("participant " + participant);
    }
    return retry.test(new GradeKey(EmployeeId.of(participant.strip()), part.id()));
  }

  /**
   * @param participant a participant's id
   * @return their name from the staff register, else the id
   */
  public String participantName(String participant) {
    return participants.participantName(participant);
  }

  /** A participant's grading row: attempts, last outcome, award, eligibility, delivery. */
  GradingRow gradingRow(
      Enrolment e, Part part, Map<EmployeeId, Optional<Employee>> people, FormOutcome submitted) {
    EmployeeId id = e.employee();
    Optional<ExamRecord> record = exams.record(id, part.id());
    int used = record.map(ExamRecord::attemptsUsed).orElse(0);
    int left = record.map(attempts::attemptsLeft).orElse(attempts.maxAttempts());
    Optional<ExamAttempt> last =
        record.flatMap(r -> r.attempts().stream().reduce((first, second) -> second));
    Optional<Message> award =
        record
            .flatMap(ExamRecord::pass)
            .map(pass -> awardText(awards.award(part, e.level(), pass.grade().orElseThrow())));
    AttendanceSheet sheet = attendance.sheet(e, part);
    boolean eligible = attendance.eligible(id, part);
    Message attended =
        Message.of(
            "teacher.eligibility.count",
            AttendanceDesk.present(sheet),
            sheet.scheduledSessions().size());
    DeliveryState delivery = deliveryState(new GradeKey(id, part.id()));
    Optional<Message> error = Optional.ofNullable(submitted.errors().get(id));
    return new GradingRow(
        id,
        CohortParticipants.name(id, people),
        e.level(),
        used,
        left,
        last.map(GradingDesk::outcomeText),
        award,
        eligible,
        attended,
        delivery,
        error.map(x -> submitted.form().getOrDefault(GRADE + id.value(), "")).orElse(""),
        error.map(x -> submitted.form().getOrDefault(NOTE + id.value(), "")).orElse(""),
        error);
  }

  private DeliveryState deliveryState(GradeKey key) {
    return DeliveryState.of(outbox.find(key), destinations.of(key.employee(), key.part()));
  }

  private Optional<Message> sit(EmployeeId id, Part part, String value, String note, String name) {
    try {
      switch (value) {
        case GradeChoice.NO_SHOW -> exams.recordNoShow(id, part.id());
        case GradeChoice.SICKNESS -> {
          if (note.isEmpty()) return Optional.of(Message.of("teacher.refusal.sickness", name));
          exams.recordSickness(id, part.id(), note);
        }
        case GradeChoice.WITHDRAWAL -> {
          if (note.isEmpty()) return Optional.of(Message.of("teacher.refusal.withdrawal", name));
          exams.recordWithdrawal(id, part.id(), note);
        }
        default -> exams.grade(id, part.id(), value);
      }
      return Optional.empty();
    } catch (ExamRefusedException refused) {
      return Optional.of(refusal(refused, name, part));
    }
  }

  /** The refusal as a sentence naming the participant and the rule. */
  private Message refusal(ExamRefusedException refused, String name, Part part) {
    if (refused instanceof AttemptsExhaustedException e) {
      return Message.of(
          "teacher.refusal.attemptsExhausted", name, e.attemptsUsed(), e.maxAttempts());
    }
    if (refused instanceof NotEligibleForExamException e) {
      AttendanceSheet sheet =
          attendance.sheet(participants.enrolment(e.employee(), part.id()).orElseThrow(), part);
      return Message.of(
          "teacher.refusal.notEligible",
          name,
          AttendanceDesk.present(sheet),
          sheet.scheduledSessions().size());
    }
    if (refused instanceof AlreadyPassedException e) {
      return Message.of(
          "teacher.refusal.alreadyPassed",
          name,
          e.grade().text(),
          e.grade().ectsLetter(),
          e.passedOn().toString());
    }
    if (refused instanceof InvalidGradeException e) {
      return Message.of("teacher.refusal.invalidGrade", name, e.given());
    }
    return Message.of("teacher.refusal.notEnrolled", name, part.name());
  }

  private static Message outcomeText(ExamAttempt attempt) {
    String on = attempt.sittingOn().toString();
    ExamOutcome outcome = attempt.outcome();
    if (outcome instanceof ExamOutcome.Graded g) {
      return Message.of("teacher.outcome.graded", g.grade().text(), g.grade().ectsLetter(), on);
    }
    if (outcome instanceof ExamOutcome.NoShow) return Message.of("teacher.outcome.noShowOn", on);
    if (outcome instanceof ExamOutcome.DocumentedSickness) {
      return Message.of("teacher.outcome.sicknessOn", on);
    }
    return Message.of("teacher.outcome.withdrawalOn", on);
  }

  private static Message awardText(Award award) {
    if (award instanceof Award.EctsCredit credit) {
      return Message.of("teacher.award.ects", credit.ects().points());
    }
    return Message.of("teacher.award.certificate");
  }
}
