package dk.bif.tool.pages.participant;

import dk.bif.core.application.AttendanceService;
import dk.bif.core.application.EnrolmentService;
import dk.bif.core.application.ExamService;
import dk.bif.core.attendance.AttendanceSheet;
import dk.bif.core.attendance.CohortCalendar;
import dk.bif.core.attendance.Presence;
import dk.bif.core.attendance.ScheduledSession;
import dk.bif.core.attendance.SessionKind;
import dk.bif.core.competence.PassedPart;
import dk.bif.core.curriculum.Catalogue;
import dk.bif.core.curriculum.Part;
import dk.bif.core.curriculum.PartId;
import dk.bif.core.enrolment.CohortId;
import dk.bif.core.enrolment.Enrolment;
import dk.bif.core.enrolment.PartStatus;
import dk.bif.core.exam.Award;
import dk.bif.core.exam.AwardPolicy;
import dk.bif.core.exam.ExamAttempt;
import dk.bif.core.exam.ExamAttemptPolicy;
import dk.bif.core.exam.ExamOutcome;
import dk.bif.core.exam.ExamRecord;
import dk.bif.core.people.EmployeeId;
import dk.bif.core.port.AttendanceRepository;
import dk.bif.core.port.EnrolmentRepository;
import dk.bif.tool.pages.FormException;
import dk.bif.tool.pages.SessionTime;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads an employee's progress and due dates from the core into view records. Used by the
 * participant's page for the participant and by the leader's pages for each employee. Holds no
 * state; thread-safe when the core's repositories are.
 */
public final class ProgressReader {

  private final Catalogue catalogue;
  private final EnrolmentService enrolment;
  private final EnrolmentRepository enrolments;
  private final AttendanceRepository attendance;
  private final AttendanceService attendanceService;
  private final ExamService exams;
  private final ExamAttemptPolicy attempts;
  private final AwardPolicy awards;
  private final Clock clock;

  /**
   * @param catalogue the programmes
   * @param enrolment due dates and progress
   * @param enrolments where enrolments are stored
   * @param attendance where attendance sheets are stored
   * @param attendanceService who may sit the exam
   * @param exams the exam records
   * @param attempts the attempt rule the exam service applies (for the attempts left)
   * @param awards what a pass earns
   * @param clock today, for whether a cohort has started
   */
  public ProgressReader(
      Catalogue catalogue,
      EnrolmentService enrolment,
      EnrolmentRepository enrolments,
      AttendanceRepository attendance,
      AttendanceService attendanceService,
      ExamService exams,
      ExamAttemptPolicy attempts,
      AwardPolicy awards,
      Clock clock) {
    this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    this.enrolment = Objects.requireNonNull(enrolment, "enrolment");
    this.enrolments = Objects.requireNonNull(enrolments, "enrolments");
    this.attendance = Objects.requireNonNull(attendance, "attendance");
    this.attendanceService = Objects.requireNonNull(attendanceService, "attendanceService");
    this.exams = Objects.requireNonNull(exams, "exams");
    this.attempts = Objects.requireNonNull(attempts, "attempts");
    this.awards = Objects.requireNonNull(awards, "awards");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * @param cohort a cohort
   * @return when and where its sessions and exam take place, or empty when nothing is scheduled
   */
  public Optional<CohortCalendar> calendar(CohortId cohort) {
    return attendanceService.calendar(cohort);
  }

  /**
   * @param cohort a cohort
   * @return its next session (the first not ended) and its exam, when its calendar has them
   */
  public Optional<ParticipantView.Agenda> agenda(CohortId cohort) {
    return calendar(cohort)
        .map(
            c ->
                new ParticipantView.Agenda(
                    c.next(clock.instant()).map(s -> nextSession(c, s)),
                    c.exam().map(e -> SessionTime.of(c, e))));
  }

  private static ParticipantView.NextSession nextSession(CohortCalendar c, ScheduledSession s) {
    return new ParticipantView.NextSession(
        s.session().kind() == SessionKind.TEACHING_DAY, s.session().number(), SessionTime.of(c, s));
  }

  /** The programmes, for reading a part named in a form. */
  public Catalogue catalogue() {
    return catalogue;
  }

  /**
   * @param employee an employee
   * @return the progress in every part the employee is enrolled in, earliest start first
   */
  public List<PartProgress> enrolled(EmployeeId employee) {
    return enrolments.ofEmployee(employee).stream().map(this::progress).toList();
  }

  /**
   * The part a page is about: the activity's part when the employee is enrolled in it, otherwise
   * the part with the latest start.
   *
   * @param employee an employee
   * @param activityPart the part of the launched activity, if it has one
   * @return the progress in that part, or empty when the employee is enrolled in nothing
   */
  public Optional<PartProgress> focus(EmployeeId employee, Optional<PartId> activityPart) {
    List<Enrolment> all = enrolments.ofEmployee(employee);
    Optional<Enrolment> chosen =
        activityPart.flatMap(p -> all.stream().filter(e -> e.part().equals(p)).findFirst());
    if (chosen.isEmpty()) {
      chosen = all.stream().max(Comparator.comparing(Enrolment::startsOn));
    }
    return chosen.map(this::progress);
  }

  /**
   * @param employee a stored employee
   * @return the status of Del 1, Del 2, the leader module and the law courses today
   * @throws IllegalArgumentException when the employee is not stored
   */
  public List<DueDate> dueDates(EmployeeId employee) {
    List<DueDate> result = new ArrayList<>();
    for (Map.Entry<PartId, PartStatus> e : enrolment.statuses(employee).entrySet()) {
      result.add(dueDate(e.getKey(), e.getValue()));
    }
    return result;
  }

  /**
   * The parts learning goals can be agreed for now: parts of BIF-uddannelsen that are due or
   * overdue, and not started (goals are agreed before a part starts).
   *
   * @param employee an employee
   * @param dueDates the employee's {@linkplain #dueDates due dates}
   * @return those due dates, in the same order
   */
  public List<DueDate> openForGoals(EmployeeId employee, List<DueDate> dueDates) {
    LocalDate today = LocalDate.now(clock);
    List<Enrolment> all = enrolments.ofEmployee(employee);
    return dueDates.stream()
        .filter(d -> d.state() == DueDate.DueState.DUE || d.state() == DueDate.DueState.OVERDUE)
        // goals are agreed for the parts of BIF-uddannelsen, not for the law courses
        .filter(
            d ->
                catalogue
                    .programme(dk.bif.core.curriculum.ProgrammeId.BIF)
                    .flatMap(p -> p.part(d.part()))
                    .isPresent())
        .filter(
            d ->
                all.stream()
                    .noneMatch(e -> e.part().equals(d.part()) && !today.isBefore(e.startsOn())))
        .toList();
  }

  /**
   * @param employee an employee
   * @return the parts the employee has passed, as evidence for the competence levels
   */
  public List<PassedPart> passed(EmployeeId employee) {
    List<PassedPart> result = new ArrayList<>();
    for (Enrolment e : enrolments.ofEmployee(employee)) {
      exams
          .record(employee, e.part())
          .flatMap(ExamRecord::pass)
          .ifPresent(p -> result.add(new PassedPart(employee, e.part(), p.sittingOn())));
    }
    return result;
  }

  /**
   * Reads a part named in a form.
   *
   * @param field the field's name
   * @param value the posted value, e.g. {@code bif-del-1}
   * @return the part
   * @throws FormException when the value names no part of the catalogue
   */
  public PartId requirePart(String field, String value) {
    String v = value == null ? "" : value.strip();
    return catalogue
        .part(PartId.of(v.isEmpty() ? "?" : v))
        .map(Part::id)
        .orElseThrow(() -> new FormException(field, "a part of the programme"));
  }

  /** The name of a part, or its id when the catalogue does not know it. */
  public String partName(PartId part) {
    return catalogue.part(part).map(Part::name).orElse(part.value());
  }

  private DueDate dueDate(PartId part, PartStatus status) {
    String name = partName(part);
    if (status instanceof PartStatus.Done done) {
      return new DueDate(part, name, DueDate.DueState.DONE, Optional.of(done.completedOn()));
    }
    if (status instanceof PartStatus.Due due) {
      return new DueDate(part, name, DueDate.DueState.DUE, Optional.of(due.dueDate()));
    }
    if (status instanceof PartStatus.Overdue overdue) {
      return new DueDate(part, name, DueDate.DueState.OVERDUE, Optional.of(overdue.dueDate()));
    }
    if (status instanceof PartStatus.NotYetEligible later) {
      return new DueDate(
          part, name, DueDate.DueState.NOT_YET_ELIGIBLE, Optional.of(later.eligibleOn()));
    }
    if (status instanceof PartStatus.OnLeave away) {
      return new DueDate(part, name, DueDate.DueState.ON_LEAVE, Optional.of(away.until()));
    }
    if (status instanceof PartStatus.AllAttemptsUsed used) {
      return new DueDate(
          part, name, DueDate.DueState.ALL_ATTEMPTS_USED, Optional.of(used.lastSittingOn()));
    }
    return new DueDate(part, name, DueDate.DueState.NOT_REQUIRED, Optional.empty());
  }

  private PartProgress progress(Enrolment enrolled) {
    Part part = catalogue.requirePart(enrolled.part());
    AttendanceSheet sheet =
        attendance
            .find(enrolled.employee(), enrolled.cohort())
            .orElseGet(() -> new AttendanceSheet(enrolled.employee(), enrolled.cohort(), part));
    List<SessionMark> marks =
        sheet.scheduledSessions().stream()
            .map(s -> new SessionMark(s.kind(), s.number(), sheet.presence(s).map(Presence::kind)))
            .toList();
    Optional<ExamProgress> exam =
        part.finalExam() ? Optional.of(exam(enrolled, part)) : Optional.empty();
    AttendanceCount days = count(marks, SessionKind.TEACHING_DAY);
    AttendanceCount groups = count(marks, SessionKind.STUDY_GROUP);
    return new PartProgress(
        part.id(),
        part.name(),
        enrolled.cohort(),
        enrolled.level(),
        enrolled.startsOn(),
        state(enrolled, exam, days, groups),
        days,
        groups,
        marks,
        exam);
  }

  private PartProgress.PartState state(
      Enrolment enrolled,
      Optional<ExamProgress> exam,
      AttendanceCount days,
      AttendanceCount groups) {
    if (exam.isPresent() && exam.get().passed()) {
      return PartProgress.PartState.PASSED;
    }
    if (exam.isPresent() && exam.get().attemptsLeft() == 0) {
      return PartProgress.PartState.NO_ATTEMPTS_LEFT;
    }
    if (exam.isEmpty()
        && days.attended() == days.scheduled()
        && groups.attended() == groups.scheduled()) {
      return PartProgress.PartState.COMPLETED;
    }
    return LocalDate.now(clock).isBefore(enrolled.startsOn())
        ? PartProgress.PartState.NOT_STARTED
        : PartProgress.PartState.IN_PROGRESS;
  }

  private static AttendanceCount count(List<SessionMark> marks, SessionKind kind) {
    int scheduled = 0;
    int attended = 0;
    int excused = 0;
    int absent = 0;
    for (SessionMark m : marks) {
      if (m.kind() != kind) {
        continue;
      }
      scheduled++;
      if (m.presence().isPresent()) {
        switch (m.presence().get()) {
          case ATTENDED -> attended++;
          case EXCUSED -> excused++;
          case ABSENT -> absent++;
        }
      }
    }
    return new AttendanceCount(scheduled, attended, excused, absent);
  }

  private ExamProgress exam(Enrolment enrolled, Part part) {
    ExamRecord record =
        exams
            .record(enrolled.employee(), part.id())
            .orElseGet(() -> new ExamRecord(enrolled.employee(), part.id(), enrolled.level()));
    Optional<Award> award =
        record.pass().map(p -> awards.award(part, record.level(), p.grade().orElseThrow()));
    return new ExamProgress(
        attendanceService.examEligibility(enrolled.employee(), part.id()).eligible(),
        record.attemptsUsed(),
        attempts.attemptsLeft(record),
        attempts.maxAttempts(),
        record.attempts().stream().map(ProgressReader::sitting).toList(),
        award.flatMap(
            a ->
                a instanceof Award.EctsCredit credit
                    ? Optional.of(credit.ects().points())
                    : Optional.empty()),
        award.map(a -> a instanceof Award.CourseCertificate).orElse(false));
  }

  private static ExamProgress.Sitting sitting(ExamAttempt attempt) {
    ExamOutcome outcome = attempt.outcome();
    ExamProgress.Outcome kind;
    if (outcome instanceof ExamOutcome.Graded) {
      kind = ExamProgress.Outcome.GRADED;
    } else if (outcome instanceof ExamOutcome.NoShow) {
      kind = ExamProgress.Outcome.NO_SHOW;
    } else if (outcome instanceof ExamOutcome.DocumentedSickness) {
      kind = ExamProgress.Outcome.SICKNESS;
    } else {
      kind = ExamProgress.Outcome.WITHDRAWAL;
    }
    return new ExamProgress.Sitting(attempt.sittingOn(), kind, attempt.grade());
  }
}
