package dk.bif.core.application;

import dk.bif.core.admission.AdmissionPolicy;
import dk.bif.core.attendance.AttendanceSheet;
import dk.bif.core.attendance.Presence;
import dk.bif.core.curriculum.Catalogue;
import dk.bif.core.curriculum.Part;
import dk.bif.core.curriculum.PartId;
import dk.bif.core.enrolment.Candidate;
import dk.bif.core.enrolment.CohortId;
import dk.bif.core.enrolment.CohortPlan;
import dk.bif.core.enrolment.CohortPlanner;
import dk.bif.core.enrolment.DueDatePolicy;
import dk.bif.core.enrolment.Enrolment;
import dk.bif.core.enrolment.PartStatus;
import dk.bif.core.enrolment.PlannedCohort;
import dk.bif.core.enrolment.Progress;
import dk.bif.core.enrolment.Withdrawal;
import dk.bif.core.exam.ExamRecord;
import dk.bif.core.exam.NotEnrolledException;
import dk.bif.core.people.Employee;
import dk.bif.core.people.EmployeeId;
import dk.bif.core.port.AttendanceRepository;
import dk.bif.core.port.EmployeeRepository;
import dk.bif.core.port.EnrolmentRepository;
import dk.bif.core.port.ExamRecordRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Due dates, cohort planning and enrolment: which parts are due for whom today, the cohorts that
 * gather them, and enrolling the planned participants at their admitted level.
 */
public final class EnrolmentService {

  private final Catalogue catalogue;
  private final EmployeeRepository employees;
  private final EnrolmentRepository enrolments;
  private final ExamRecordRepository examRecords;
  private final AttendanceRepository attendance;
  private final DueDatePolicy dueDates;
  private final AdmissionPolicy admission;
  private final CohortPlanner planner;
  private final Clock clock;

  /**
   * @param catalogue the programmes
   * @param employees where employees are stored
   * @param enrolments where enrolments are stored
   * @param examRecords where exam records are stored (read for passes, opened on enrolment)
   * @param attendance where attendance is stored (opened on enrolment)
   * @param dueDates the due-date rule
   * @param admission the admission rule
   * @param planner the cohort planner
   * @param clock today's date
   */
  public EnrolmentService(
      Catalogue catalogue,
      EmployeeRepository employees,
      EnrolmentRepository enrolments,
      ExamRecordRepository examRecords,
      AttendanceRepository attendance,
      DueDatePolicy dueDates,
      AdmissionPolicy admission,
      CohortPlanner planner,
      Clock clock) {
    this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    this.employees = Objects.requireNonNull(employees, "employees");
    this.enrolments = Objects.requireNonNull(enrolments, "enrolments");
    this.examRecords = Objects.requireNonNull(examRecords, "examRecords");
    this.attendance = Objects.requireNonNull(attendance, "attendance");
    this.dueDates = Objects.requireNonNull(dueDates, "dueDates");
    this.admission = Objects.requireNonNull(admission, "admission");
    this.planner = Objects.requireNonNull(planner, "planner");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * What the employee has done: parts with an exam completed when passed (else the attempts used),
   * parts without an exam completed when every session was attended.
   *
   * @param employee an employee
   * @return the completed parts with their dates
   */
  public Progress progress(EmployeeId employee) {
    Progress progress = Progress.of(examRecords.ofEmployee(employee));
    for (Enrolment enrolment : enrolments.ofEmployee(employee)) {
      Part part = catalogue.requirePart(enrolment.part());
      if (!part.finalExam()) {
        Optional<AttendanceSheet> sheet = attendance.find(employee, enrolment.cohort());
        if (sheet.isPresent()
            && sheet.get().sessionsWith(Presence.Kind.ATTENDED).size()
                == sheet.get().scheduledSessions().size()) {
          progress = progress.with(part.id(), enrolment.startsOn());
        }
      }
    }
    return progress;
  }

  /**
   * @param employee an employee
   * @return the status of each BIF part and law course today, with reasons
   * @throws IllegalArgumentException when no such employee is stored
   */
  public Map<PartId, PartStatus> statuses(EmployeeId employee) {
    return dueDates.statuses(require(employee), progress(employee), today());
  }

  /**
   * The employees due or overdue for a part today, at their admitted level: nobody actively
   * enrolled in it, withdrawn participants included; nobody not yet eligible, on leave or with
   * every exam attempt used.
   *
   * @param part a part
   * @return the candidates, ordered by employee id
   */
  public List<Candidate> candidates(PartId part) {
    LocalDate today = today();
    List<Candidate> result = new ArrayList<>();
    for (Employee employee : employees.all()) {
      if (enrolments.find(employee.id(), part).filter(Enrolment::active).isPresent()) {
        continue; // a withdrawn participant is due again and planned anew
      }
      PartStatus status = dueDates.status(employee, part, progress(employee.id()), today);
      status
          .dueBy()
          .ifPresent(
              due ->
                  result.add(
                      new Candidate(
                          employee.id(),
                          employee.centre(),
                          admission.decide(employee, today).level(),
                          employee.targetGroup(),
                          due)));
    }
    return result;
  }

  /**
   * Plans cohorts for everyone due or overdue for a part and not yet enrolled in it.
   *
   * @param part the part
   * @param cohortPrefix the start of the cohort ids
   * @return the plan
   */
  public CohortPlan planCohorts(PartId part, String cohortPrefix) {
    return planner.plan(part, candidates(part), cohortPrefix);
  }

  /**
   * Enrols a planned cohort's participants.
   *
   * @param cohort a planned cohort
   * @param startsOn its first teaching day
   * @return the enrolments
   * @throws EnrolmentRefusedException when a participant is no longer due
   */
  public List<Enrolment> enrolPlanned(PlannedCohort cohort, LocalDate startsOn) {
    return cohort.participants().stream()
        .map(c -> enrol(c.employee(), cohort.part(), cohort.id(), startsOn))
        .toList();
  }

  /**
   * Enrols an employee in a cohort of a part at the level the admission policy decides today, and
   * opens the attendance sheet and exam record.
   *
   * @param employee the employee
   * @param part the part
   * @param cohort the cohort
   * @param startsOn the cohort's first teaching day
   * @return the enrolment
   * @throws IllegalArgumentException when the employee or part is unknown
   * @throws EnrolmentRefusedException when the part is not due or overdue for the employee
   */
  public Enrolment enrol(EmployeeId employee, PartId part, CohortId cohort, LocalDate startsOn) {
    Employee who = require(employee);
    Part what = catalogue.requirePart(part);
    PartStatus status = dueDates.status(who, part, progress(employee), today());
    if (!status.needsPlanning()) {
      throw new EnrolmentRefusedException(employee, part, status);
    }
    Enrolment enrolment =
        new Enrolment(employee, part, cohort, admission.decide(who, today()).level(), startsOn);
    enrolments.save(enrolment);
    attendance.save(new AttendanceSheet(employee, cohort, what));
    if (what.finalExam() && examRecords.find(employee, part).isEmpty()) {
      examRecords.save(new ExamRecord(employee, part, enrolment.level()));
    }
    return enrolment;
  }

  /**
   * Records that a participant left their cohort today ({@link Withdrawal}): the enrolment is kept,
   * inactive, with the reason; attendance and exam record stay; the part is due again.
   *
   * @param employee the participant
   * @param part the part
   * @param reason why, never blank
   * @return the withdrawn enrolment; an enrolment withdrawn before is returned unchanged (the first
   *     withdrawal stands)
   * @throws NotEnrolledException when the participant is not enrolled in the part
   * @throws IllegalArgumentException when the reason is blank
   */
  public Enrolment withdraw(EmployeeId employee, PartId part, String reason) {
    Enrolment enrolment = EnrolmentLookup.require(enrolments, employee, part);
    if (!enrolment.active()) {
      return enrolment;
    }
    Enrolment withdrawn = enrolment.withdraw(today(), reason);
    enrolments.save(withdrawn);
    return withdrawn;
  }

  /**
   * Takes a withdrawn participant back into the cohort they left.
   *
   * @param employee the participant
   * @param part the part
   * @return the active enrolment; an active one is returned unchanged
   * @throws NotEnrolledException when the participant is not enrolled in the part
   */
  public Enrolment reinstate(EmployeeId employee, PartId part) {
    Enrolment enrolment = EnrolmentLookup.require(enrolments, employee, part);
    if (enrolment.active()) {
      return enrolment;
    }
    Enrolment back = enrolment.reinstate();
    enrolments.save(back);
    return back;
  }

  private Employee require(EmployeeId id) {
    return employees
        .find(Objects.requireNonNull(id, "employee"))
        .orElseThrow(() -> new IllegalArgumentException("no employee '" + id + "' is stored"));
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
