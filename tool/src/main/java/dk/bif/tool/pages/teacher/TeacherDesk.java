package dk.bif.tool.pages.teacher;

import dk.bif.core.application.AttendanceService;
import dk.bif.core.application.ExamService;
import dk.bif.core.attendance.AttendanceSheet;
import dk.bif.core.attendance.CohortCalendar;
import dk.bif.core.attendance.Presence;
import dk.bif.core.attendance.Session;
import dk.bif.core.attendance.SessionNotHeldException;
import dk.bif.core.curriculum.Catalogue;
import dk.bif.core.curriculum.Part;
import dk.bif.core.curriculum.PartId;
import dk.bif.core.enrolment.Candidate;
import dk.bif.core.enrolment.CohortId;
import dk.bif.core.enrolment.CohortPlanner;
import dk.bif.core.enrolment.Enrolment;
import dk.bif.core.enrolment.StudyGroup;
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
import dk.bif.core.exam.NotEnrolledException;
import dk.bif.core.gradebook.GradeKey;
import dk.bif.core.people.CentreId;
import dk.bif.core.people.Employee;
import dk.bif.core.people.EmployeeId;
import dk.bif.core.people.TargetGroup;
import dk.bif.core.port.AttendanceRepository;
import dk.bif.core.port.EmployeeRepository;
import dk.bif.core.port.EnrolmentRepository;
import dk.bif.core.port.GradeOutbox;
import dk.bif.lti.launch.LmsCourse;
import dk.bif.lti.nrps.RosterMember;
import dk.bif.lti.nrps.RosterSnapshot;
import dk.bif.lti.nrps.RosterSnapshots;
import dk.bif.tool.grades.GradeDestinations;
import dk.bif.tool.pages.SessionTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * What a teacher reads and records for the one cohort of their launch: the roster, study groups,
 * attendance per session and exam grading, each grade with its delivery to the LMS gradebook.
 *
 * <p>Every write goes through the core's services, so their rules hold (attendance only for
 * scheduled sessions, the exam only for the eligible, three attempts, no sitting after a pass). A
 * submitted form is applied line by line: a line the rules refuse is reported with its reason and
 * the others are saved. A form naming a participant outside the cohort is refused whole, before
 * anything is saved ({@link OtherCohortException}).
 *
 * <p>Study groups are not stored: they are derived from the cohort's enrolments with the cohort
 * planner's rule, which is deterministic, so the lists stay the same while the cohort does.
 *
 * <p>Thread-safe when the ports and services are.
 */
public final class TeacherDesk {

  /** Field-name prefix of a participant's presence in the attendance form. */
  public static final String PRESENCE = "presence-";

  /** Field-name prefix of a participant's excuse in the attendance form. */
  public static final String EXCUSE = "excuse-";

  /** Field-name prefix of a participant's grade in the grading form. */
  public static final String GRADE = "grade-";

  /** Field-name prefix of a participant's note (sickness documentation, approver). */
  public static final String NOTE = "note-";

  private static final List<String> PARTICIPANT_FIELDS = List.of(PRESENCE, EXCUSE, GRADE, NOTE);

  private final Catalogue catalogue;
  private final EmployeeRepository employees;
  private final EnrolmentRepository enrolments;
  private final AttendanceRepository attendance;
  private final AttendanceService attendanceService;
  private final ExamService exams;
  private final ExamAttemptPolicy attempts;
  private final AwardPolicy awards;
  private final GradeOutbox outbox;
  private final GradeDestinations destinations;
  private final Predicate<GradeKey> retry;
  private final RosterSnapshots rosters;
  private final java.util.function.Function<CohortId, List<dk.bif.tool.bridge.WaitingPerson>>
      waiting;
  private final CohortPlanner planner;

  /**
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
   */
  public TeacherDesk(
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
    this(
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
   * As the constructor above, with the people of a course waiting to be linked for the roster.
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
   */
  public TeacherDesk(
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
      java.util.function.Function<CohortId, List<dk.bif.tool.bridge.WaitingPerson>> waiting) {
    this.waiting = Objects.requireNonNull(waiting, "waiting");
    this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    this.employees = Objects.requireNonNull(employees, "employees");
    this.enrolments = Objects.requireNonNull(enrolments, "enrolments");
    this.attendance = Objects.requireNonNull(attendance, "attendance");
    this.attendanceService = Objects.requireNonNull(attendanceService, "attendanceService");
    this.exams = Objects.requireNonNull(exams, "exams");
    this.attempts = Objects.requireNonNull(attempts, "attempts");
    this.awards = Objects.requireNonNull(awards, "awards");
    this.outbox = Objects.requireNonNull(outbox, "outbox");
    this.destinations = Objects.requireNonNull(destinations, "destinations");
    this.retry = Objects.requireNonNull(retry, "retry");
    this.rosters = Objects.requireNonNull(rosters, "rosters");
    this.planner = Objects.requireNonNull(planner, "planner");
  }

  /**
   * The part the cohort takes: the part of its enrolments, else the part the launch named.
   *
   * @param cohort the cohort
   * @param launched the part of the activity launched, if any
   * @return the part, or empty while neither says
   */
  public Optional<Part> part(CohortId cohort, Optional<PartId> launched) {
    Objects.requireNonNull(launched, "launched");
    Optional<PartId> enrolled =
        enrolments.inCohort(Objects.requireNonNull(cohort, "cohort")).stream()
            .map(Enrolment::part)
            .findFirst();
    return enrolled.or(() -> launched).flatMap(catalogue::part);
  }

  /**
   * The cohort's page.
   *
   * @param cohort the cohort
   * @param launched the part of the activity launched, if any
   * @param course the LMS course launched from, for its NRPS roster
   * @param grading the grading form as last submitted, to show refused lines; {@link
   *     FormOutcome#none()} otherwise
   * @return the view
   */
  public TeacherView overview(
      CohortId cohort, Optional<PartId> launched, Optional<LmsCourse> course, FormOutcome grading) {
    Objects.requireNonNull(grading, "grading");
    Optional<Part> part = part(cohort, launched);
    Map<EmployeeId, Optional<Employee>> people = people(cohort);
    List<Enrolment> enrolled = enrolled(cohort, people);
    Map<EmployeeId, Integer> groupOf = new HashMap<>();
    List<StudyGroupList> groups = new ArrayList<>();
    if (part.isPresent() && part.get().studyGroupSessions() > 0) {
      for (StudyGroup g : planner.studyGroups(candidates(enrolled, people))) {
        g.members().forEach(m -> groupOf.put(m.employee(), g.number()));
        groups.add(
            new StudyGroupList(
                g.number(),
                g.members().stream()
                    .map(m -> rosterRow(enrolment(enrolled, m.employee()), people, groupOf))
                    .toList(),
                g.targetGroups().stream().map(TargetGroup::name).toList()));
      }
    }
    List<RosterRow> roster = enrolled.stream().map(e -> rosterRow(e, people, groupOf)).toList();
    Optional<RosterSnapshot> snapshot = course.flatMap(rosters::find);
    List<GradingRow> rows =
        part.filter(Part::finalExam)
            .map(p -> enrolled.stream().map(e -> gradingRow(e, p, people, grading)).toList())
            .orElse(List.of());
    return new TeacherView(
        cohort,
        part.map(Part::name),
        part.map(Part::finalExam).orElse(false),
        roster,
        snapshot
            .map(s -> s.members().stream().map(TeacherDesk::lmsMember).toList())
            .orElse(List.of()),
        snapshot.map(RosterSnapshot::takenAt),
        groups,
        part.map(p -> sessionLinks(cohort, p, enrolled.size())).orElse(List.of()),
        rows,
        calendar(cohort).flatMap(c -> c.exam().map(e -> SessionTime.of(c, e))),
        waiting.apply(cohort));
  }

  /**
   * @param cohort a cohort
   * @return when and where its sessions and exam take place, or empty when nothing is scheduled
   */
  public Optional<CohortCalendar> calendar(CohortId cohort) {
    return attendanceService.calendar(Objects.requireNonNull(cohort, "cohort"));
  }

  /**
   * @param cohort a cohort
   * @param session one of its sessions
   * @return whether the session has started (or has no date), so attendance can be recorded
   */
  public boolean held(CohortId cohort, Session session) {
    return attendanceService.hasStarted(cohort, session);
  }

  private Optional<SessionTime> when(Optional<CohortCalendar> calendar, Session session) {
    return calendar.flatMap(c -> c.find(session).map(s -> SessionTime.of(c, s)));
  }

  /**
   * @param part a part
   * @param key a session as written in a URL, e.g. {@code teaching-day-3}
   * @return the session, when the part schedules it
   */
  public Optional<Session> session(Part part, String key) {
    Objects.requireNonNull(part, "part");
    return SessionKeys.parse(key).filter(s -> schedule(part).contains(s));
  }

  /**
   * The attendance form of one session.
   *
   * @param cohort the cohort
   * @param part its part
   * @param session a session the part schedules
   * @param submitted the form as last submitted, to show refused lines; {@link FormOutcome#none()}
   *     otherwise
   * @return the view
   */
  public SessionAttendance attendance(
      CohortId cohort, Part part, Session session, FormOutcome submitted) {
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(submitted, "submitted");
    Map<EmployeeId, Optional<Employee>> people = people(cohort);
    Map<EmployeeId, AttendanceSheet> sheets = sheets(cohort);
    List<AttendanceRow> rows = new ArrayList<>();
    for (Enrolment e : enrolled(cohort, people)) {
      EmployeeId id = e.employee();
      Optional<Presence> now =
          Optional.ofNullable(sheets.get(id)).flatMap(sheet -> sheet.presence(session));
      Optional<Message> error = Optional.ofNullable(submitted.errors().get(id));
      String chosen =
          error.isPresent()
              ? submitted.form().getOrDefault(PRESENCE + id.value(), "")
              : now.map(p -> presenceValue(p.kind())).orElse("");
      String excuse =
          error.isPresent()
              ? submitted.form().getOrDefault(EXCUSE + id.value(), "")
              : now.map(Presence::note).orElse("");
      rows.add(new AttendanceRow(id, name(id, people), chosen, excuse, error));
    }
    return new SessionAttendance(
        cohort,
        part.name(),
        SessionKeys.of(session),
        SessionKeys.label(session),
        rows,
        sessionLinks(cohort, part, rows.size()),
        when(calendar(cohort), session),
        held(cohort, session));
  }

  /**
   * Records a session's attendance form: for each participant {@code presence-<id>} is {@code
   * attended}, {@code excused} (with {@code excuse-<id>}) or {@code absent}; an empty or missing
   * value leaves the participant's record as it is.
   *
   * @param cohort the teacher's cohort
   * @param part its part
   * @param session the session
   * @param form the submitted fields
   * @return what was saved and what was refused
   * @throws OtherCohortException when a field names a participant outside the cohort; nothing is
   *     saved then
   */
  public FormOutcome recordAttendance(
      CohortId cohort, Part part, Session session, Map<String, String> form) {
    Objects.requireNonNull(session, "session");
    Map<EmployeeId, Optional<Employee>> people = people(cohort);
    requireOwnParticipants(people.keySet(), form);
    int saved = 0;
    Map<EmployeeId, Message> errors = new LinkedHashMap<>();
    for (EmployeeId id : people.keySet()) {
      String value = form.getOrDefault(PRESENCE + id.value(), "").strip();
      if (value.isEmpty()) continue;
      String excuse = form.getOrDefault(EXCUSE + id.value(), "").strip();
      String name = name(id, people);
      try {
        switch (value) {
          case "attended" -> attendanceService.recordAttendance(id, part.id(), session);
          case "absent" -> attendanceService.recordAbsence(id, part.id(), session);
          case "excused" -> {
            if (excuse.isEmpty()) {
              errors.put(id, Message.of("teacher.attendance.excuseMissing", name));
              continue;
            }
            attendanceService.excuseAbsence(id, part.id(), session, excuse);
          }
          default -> {
            errors.put(id, Message.of("teacher.attendance.unknownValue", name, value));
            continue;
          }
        }
        saved++;
      } catch (NotEnrolledException e) {
        errors.put(id, Message.of("teacher.refusal.notEnrolled", name, part.name()));
      } catch (SessionNotHeldException e) {
        errors.put(id, Message.of("teacher.attendance.notHeldLine", name));
      }
    }
    return new FormOutcome(saved, errors, form);
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
    Map<EmployeeId, Optional<Employee>> people = people(cohort);
    requireOwnParticipants(people.keySet(), form);
    int saved = 0;
    Map<EmployeeId, Message> errors = new LinkedHashMap<>();
    for (EmployeeId id : people.keySet()) {
      String value = form.getOrDefault(GRADE + id.value(), "").strip();
      if (value.isEmpty()) continue;
      String note = form.getOrDefault(NOTE + id.value(), "").strip();
      String name = name(id, people);
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
    for (EmployeeId id : people(cohort).keySet()) {
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
    if (participant.isBlank() || !people(cohort).containsKey(EmployeeId.of(participant.strip()))) {
      throw new OtherCohortException("participant " + participant);
    }
    return retry.test(new GradeKey(EmployeeId.of(participant.strip()), part.id()));
  }

  /**
   * @param participant a participant's id
   * @return their name from the staff register, else the id
   */
  public String participantName(String participant) {
    EmployeeId id = EmployeeId.of(participant.strip());
    return employees.find(id).map(Employee::name).orElse(id.value());
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
      AttendanceSheet sheet = sheet(enrolments.find(e.employee(), part.id()).orElseThrow(), part);
      return Message.of(
          "teacher.refusal.notEligible", name, present(sheet), sheet.scheduledSessions().size());
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

  private GradingRow gradingRow(
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
    AttendanceSheet sheet = sheet(e, part);
    boolean eligible = attendanceService.examEligibility(id, part.id()).eligible();
    Message attended =
        Message.of("teacher.eligibility.count", present(sheet), sheet.scheduledSessions().size());
    GradeKey key = new GradeKey(id, part.id());
    DeliveryState delivery = deliveryState(key);
    Optional<Message> error = Optional.ofNullable(submitted.errors().get(id));
    return new GradingRow(
        id,
        name(id, people),
        e.level(),
        used,
        left,
        last.map(TeacherDesk::outcomeText),
        award,
        eligible,
        attended,
        delivery,
        error.map(x -> submitted.form().getOrDefault(GRADE + id.value(), "")).orElse(""),
        error.map(x -> submitted.form().getOrDefault(NOTE + id.value(), "")).orElse(""),
        error);
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

  private List<SessionLink> sessionLinks(CohortId cohort, Part part, int participants) {
    Map<EmployeeId, AttendanceSheet> sheets = sheets(cohort);
    Set<EmployeeId> enrolled =
        enrolments.inCohort(cohort).stream().map(Enrolment::employee).collect(Collectors.toSet());
    Optional<CohortCalendar> calendar = calendar(cohort);
    return schedule(part).stream()
        .map(
            s ->
                new SessionLink(
                    SessionKeys.of(s),
                    SessionKeys.label(s),
                    (int)
                        sheets.entrySet().stream()
                            .filter(x -> enrolled.contains(x.getKey()))
                            .filter(x -> x.getValue().presence(s).isPresent())
                            .count(),
                    participants,
                    when(calendar, s)))
        .toList();
  }

  private static List<Session> schedule(Part part) {
    List<Session> sessions = new ArrayList<>();
    for (int d = 1; d <= part.teachingDays(); d++) sessions.add(Session.teachingDay(d));
    for (int s = 1; s <= part.studyGroupSessions(); s++) sessions.add(Session.studyGroup(s));
    return sessions;
  }

  private Map<EmployeeId, AttendanceSheet> sheets(CohortId cohort) {
    return attendance.inCohort(cohort).stream()
        .collect(Collectors.toMap(AttendanceSheet::employee, Function.identity(), (a, b) -> b));
  }

  private AttendanceSheet sheet(Enrolment e, Part part) {
    return attendance
        .find(e.employee(), e.cohort())
        .orElseGet(() -> new AttendanceSheet(e.employee(), e.cohort(), part));
  }

  private static int present(AttendanceSheet sheet) {
    return sheet.sessionsWith(Presence.Kind.ATTENDED).size()
        + sheet.sessionsWith(Presence.Kind.EXCUSED).size();
  }

  /** The cohort's participants and what the staff register knows of them, ordered by id. */
  private Map<EmployeeId, Optional<Employee>> people(CohortId cohort) {
    Map<EmployeeId, Optional<Employee>> people = new LinkedHashMap<>();
    for (Enrolment e : enrolments.inCohort(Objects.requireNonNull(cohort, "cohort"))) {
      people.put(e.employee(), employees.find(e.employee()));
    }
    return people;
  }

  /** The cohort's enrolments ordered by name, then id. */
  private List<Enrolment> enrolled(CohortId cohort, Map<EmployeeId, Optional<Employee>> people) {
    return enrolments.inCohort(cohort).stream()
        .sorted(
            Comparator.comparing((Enrolment e) -> name(e.employee(), people))
                .thenComparing(e -> e.employee().value()))
        .toList();
  }

  private static Enrolment enrolment(List<Enrolment> enrolled, EmployeeId id) {
    return enrolled.stream().filter(e -> e.employee().equals(id)).findFirst().orElseThrow();
  }

  private static List<Candidate> candidates(
      List<Enrolment> enrolled, Map<EmployeeId, Optional<Employee>> people) {
    return enrolled.stream()
        .map(
            e ->
                new Candidate(
                    e.employee(),
                    people.get(e.employee()).map(Employee::centre).orElse(CentreId.of("?")),
                    e.level(),
                    people.get(e.employee()).map(Employee::targetGroup).orElse(TargetGroup.of("?")),
                    e.startsOn()))
        .toList();
  }

  private static RosterRow rosterRow(
      Enrolment e, Map<EmployeeId, Optional<Employee>> people, Map<EmployeeId, Integer> groupOf) {
    Optional<Employee> who = people.getOrDefault(e.employee(), Optional.empty());
    return new RosterRow(
        e.employee(),
        name(e.employee(), people),
        who.map(w -> w.centre().value()),
        who.map(w -> w.targetGroup().name()),
        e.level(),
        Optional.ofNullable(groupOf.get(e.employee())));
  }

  private static LmsMemberRow lmsMember(RosterMember m) {
    List<String> roles = m.roles().stream().map(TeacherDesk::shortRole).toList();
    return new LmsMemberRow(m.userId(), m.name().orElse(m.userId()), roles, m.status());
  }

  /** {@code http://purl.imsglobal.org/vocab/lis/v2/membership#Learner} is {@code Learner}. */
  private static String shortRole(String uri) {
    int cut = Math.max(uri.lastIndexOf('#'), uri.lastIndexOf('/'));
    return cut >= 0 && cut < uri.length() - 1 ? uri.substring(cut + 1) : uri;
  }

  private static String name(EmployeeId id, Map<EmployeeId, Optional<Employee>> people) {
    return people.getOrDefault(id, Optional.empty()).map(Employee::name).orElse(id.value());
  }

  private static String presenceValue(Presence.Kind kind) {
    return switch (kind) {
      case ATTENDED -> "attended";
      case EXCUSED -> "excused";
      case ABSENT -> "absent";
    };
  }

  /** Refuses the whole form when any participant field names someone outside the cohort. */
  private static void requireOwnParticipants(Set<EmployeeId> own, Map<String, String> form) {
    Set<String> named = new TreeSet<>();
    for (String field : form.keySet()) {
      for (String prefix : PARTICIPANT_FIELDS) {
        if (field.startsWith(prefix)) named.add(field.substring(prefix.length()));
      }
    }
    for (String id : named) {
      if (id.isBlank() || !own.contains(EmployeeId.of(id))) {
        throw new OtherCohortException("participant " + id);
      }
    }
  }
}
