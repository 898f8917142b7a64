package dk.bif.core.enrolment;

import dk.bif.core.curriculum.PartId;
import dk.bif.core.exam.ExamAttemptPolicy;
import dk.bif.core.people.Employee;
import dk.bif.core.people.LeavePeriod;
import dk.bif.core.reason.Reason;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides, for a day and an employee, where the employee stands with each part of BIF-uddannelsen
 * and with the administration's law courses: done, due, overdue, not yet eligible (from when), not
 * required (why), on leave (until) or all exam attempts used, always with the reason.
 *
 * <ul>
 *   <li><b>Del 1</b> is due {@link DueDateRules#del1AfterHire() shortly after hiring} and mandatory
 *       when the employment is expected to last more than six months (seeds 000, 001).
 *   <li><b>Del 2</b> is mandatory for permanent staff (seed 000: "obligatorisk for medarbejdere,
 *       der fastansættes"). It opens {@linkplain DueDateRules#del2AfterDel1() half a year after Del
 *       1 is completed} (seed 001: "Cirka ½ år efter del 1 er afsluttet vil de komme på del 2") and
 *       after half a year's employment, and is due a {@linkplain DueDateRules#del2DueWithin()
 *       planning round} later, and no sooner than that round after the employee was made permanent.
 *       Before it opens the employee is not yet eligible: not due, not planned, not enrollable.
 *       Staff hired before the 2016–2017 implementation took Del 2 directly: Del 1 is not required
 *       of them and not a prerequisite.
 *   <li>The <b>leader module</b> is due for leaders, counted from their appointment (or from when
 *       the module was first offered, for leaders appointed before).
 *   <li>The <b>law course</b> on early retirement, flex jobs and resource courses is part of the
 *       onboarding of new staff with citizen or company contact (seed 003).
 *   <li>The <b>law course for other staff</b> is for staff without citizen or company contact (seed
 *       004), who are not the target group of BIF-uddannelsen (seed 000).
 *   <li>A part with an exam whose every attempt is used without a pass has the status {@linkplain
 *       PartStatus.AllAttemptsUsed all attempts used} (seed 001: three attempts): nothing is due.
 * </ul>
 *
 * <p>The day judged on decides what counts: a part completed after it is not completed yet, so a
 * report can be made for an earlier day from today's records. Leave moves every due date by the
 * {@link LeavePolicy}, and while employees are on leave a part they still have to take is
 * {@linkplain PartStatus.OnLeave on leave} until they are back. Immutable and thread-safe.
 */
public final class DueDatePolicy {

  /** The parts this policy judges, in the order {@link #statuses} lists them. */
  public static final List<PartId> PARTS =
      List.of(
          PartId.BIF_DEL_1,
          PartId.BIF_DEL_2,
          PartId.BIF_LEADER_MODULE,
          PartId.LAW_COURSE,
          PartId.LAW_COURSE_OTHER_STAFF);

  private final DueDateRules rules;
  private final ExamAttemptPolicy attempts;
  private final LeavePolicy leave = new LeavePolicy();

  /** The policy with {@link DueDateRules#STANDARD} and three exam attempts. */
  public DueDatePolicy() {
    this(DueDateRules.STANDARD);
  }

  /**
   * @param rules the figures to apply
   */
  public DueDatePolicy(DueDateRules rules) {
    this(rules, new ExamAttemptPolicy());
  }

  /**
   * @param rules the figures to apply
   * @param attempts the exam attempt rule: how many attempts there are before all are used
   */
  public DueDatePolicy(DueDateRules rules, ExamAttemptPolicy attempts) {
    this.rules = Objects.requireNonNull(rules, "rules");
    this.attempts = Objects.requireNonNull(attempts, "attempts");
  }

  /** The figures this policy applies. */
  public DueDateRules rules() {
    return rules;
  }

  /**
   * The status of every part this policy judges.
   *
   * @param employee the employee
   * @param progress what the employee has done
   * @param asOf the day to judge on
   * @return the {@link #PARTS}, in that order, each with its status
   */
  public Map<PartId, PartStatus> statuses(Employee employee, Progress progress, LocalDate asOf) {
    var result = new LinkedHashMap<PartId, PartStatus>();
    for (PartId part : PARTS) {
      result.put(part, status(employee, part, progress, asOf));
    }
    return result;
  }

  /**
   * The status of one part.
   *
   * @param employee the employee
   * @param part one of the {@link #PARTS}
   * @param progress what the employee has done
   * @param asOf the day to judge on
   * @return the status with its reason
   * @throws IllegalArgumentException for a part this policy has no rule for
   */
  public PartStatus status(Employee employee, PartId part, Progress progress, LocalDate asOf) {
    Objects.requireNonNull(employee, "employee");
    Objects.requireNonNull(part, "part");
    Objects.requireNonNull(progress, "progress");
    Objects.requireNonNull(asOf, "asOf");
    if (!PARTS.contains(part)) {
      throw new IllegalArgumentException("no due-date rule for part '" + part + "'");
    }
    // judged as of a day, a part completed later is not completed yet
    progress = progress.asOf(asOf);
    Optional<LocalDate> completed = progress.completed(part);
    if (completed.isPresent()) {
      return new PartStatus.Done(completed.get(), Reason.of("done", name(part), completed.get()));
    }
    Optional<Progress.Attempts> used = progress.attempts(part);
    if (used.isPresent() && used.get().used() >= attempts.maxAttempts()) {
      return allAttemptsUsed(part, used.get());
    }
    PartStatus status = rule(employee, part, progress, asOf);
    if (status instanceof PartStatus.NotRequired) {
      return status;
    }
    Optional<LeavePeriod> away = employee.leaveOn(asOf);
    if (away.isPresent()) {
      LeavePeriod l = away.get();
      return new PartStatus.OnLeave(
          l.period().lastDay(),
          Reason.of(
              "leave.on",
              Reason.term("leave." + l.kind().name()),
              l.period().lastDay(),
              name(part),
              status.because()));
    }
    return status;
  }

  private PartStatus rule(Employee employee, PartId part, Progress progress, LocalDate asOf) {
    if (part.equals(PartId.BIF_DEL_1)) {
      return del1(employee, asOf);
    }
    if (part.equals(PartId.BIF_DEL_2)) {
      return del2(employee, progress, asOf);
    }
    if (part.equals(PartId.BIF_LEADER_MODULE)) {
      return leaderModule(employee, asOf);
    }
    if (part.equals(PartId.LAW_COURSE)) {
      return lawCourse(employee, asOf);
    }
    return otherStaffCourse(employee, asOf);
  }

  private PartStatus allAttemptsUsed(PartId part, Progress.Attempts used) {
    return new PartStatus.AllAttemptsUsed(
        used.used(),
        used.lastOn(),
        Reason.of("attempts.used", used.used(), name(part), used.lastOn()),
        Reason.of("attempts.next", name(part)));
  }

  private boolean coveredByImplementationRule(Employee employee) {
    return employee.employment().hiredOn().isBefore(rules.implementationRuleHiredBefore());
  }

  private PartStatus del1(Employee employee, LocalDate asOf) {
    LocalDate hired = employee.employment().hiredOn();
    if (!employee.contactType().isTargetGroup()) {
      return new PartStatus.NotRequired(Reason.of("programme.no-contact"));
    }
    if (coveredByImplementationRule(employee)) {
      return new PartStatus.NotRequired(
          Reason.of("del1.implementation", hired, rules.implementationRuleHiredBefore()));
    }
    if (!employee.employment().expectedToLastLongerThan(rules.del1MandatoryAbove())) {
      return new PartStatus.NotRequired(
          Reason.of(
              "del1.short",
              employee.employment().expectedLength().orElseThrow(),
              rules.del1MandatoryAbove()));
    }
    LeavePolicy.Moved due = leave.move(employee, hired, hired.plus(rules.del1AfterHire()));
    return dueOrOverdue(due, asOf, Reason.of("del1.due", hired, rules.del1AfterHire()));
  }

  private PartStatus del2(Employee employee, Progress progress, LocalDate asOf) {
    LocalDate hired = employee.employment().hiredOn();
    if (!employee.contactType().isTargetGroup()) {
      return new PartStatus.NotRequired(Reason.of("programme.no-contact"));
    }
    if (!employee.employment().isPermanent()) {
      return new PartStatus.NotRequired(Reason.of("del2.temporary"));
    }
    if (coveredByImplementationRule(employee)) {
      LeavePolicy.Moved due =
          leave.move(
              employee, rules.implementationRuleHiredBefore(), rules.implementationDel2DueBy());
      return dueOrOverdue(
          due,
          asOf,
          Reason.of(
              "del2.implementation",
              hired,
              rules.implementationRuleHiredBefore(),
              rules.implementationDel2DueBy()));
    }
    Optional<LocalDate> del1 = progress.completed(PartId.BIF_DEL_1);
    LeavePolicy.Moved employed =
        leave.move(employee, hired, hired.plus(rules.del2MinimumEmployment()));
    if (del1.isEmpty()) {
      Optional<Progress.Attempts> del1Attempts = progress.attempts(PartId.BIF_DEL_1);
      if (del1Attempts.isPresent() && del1Attempts.get().used() >= attempts.maxAttempts()) {
        return new PartStatus.NotRequired(Reason.of("del2.del1-attempts-used"));
      }
      LocalDate del1Due = leave.move(employee, hired, hired.plus(rules.del1AfterHire())).date();
      LocalDate del1By = later(del1Due, asOf);
      LocalDate expected = later(employed.date(), del1By.plus(rules.del2AfterDel1()));
      return new PartStatus.NotYetEligible(
          expected, Reason.of("del2.needs-del1", del1By, expected, rules.del2AfterDel1()));
    }
    LocalDate passed = del1.get();
    LeavePolicy.Moved opens = leave.move(employee, passed, passed.plus(rules.del2AfterDel1()));
    LocalDate eligible = later(opens.date(), employed.date());
    if (asOf.isBefore(eligible)) {
      Reason why =
          opens.date().isBefore(employed.date())
              ? Reason.of("del2.employment", rules.del2MinimumEmployment(), employed.date())
              : Reason.of("del2.window", passed, rules.del2AfterDel1(), opens.date());
      return new PartStatus.NotYetEligible(eligible, withLeave(why, later(opens, employed)));
    }
    LeavePolicy.Moved due =
        leave.move(
            employee, passed, passed.plus(rules.del2AfterDel1()).plus(rules.del2DueWithin()));
    LeavePolicy.Moved afterEmployment =
        leave.move(
            employee, hired, hired.plus(rules.del2MinimumEmployment()).plus(rules.del2DueWithin()));
    LocalDate permanent = employee.employment().permanentSince().orElseThrow();
    LeavePolicy.Moved afterPermanent =
        leave.move(employee, permanent, permanent.plus(rules.del2DueWithin()));
    LeavePolicy.Moved latest = later(due, later(afterEmployment, afterPermanent));
    Reason why =
        latest == afterPermanent && !permanent.equals(hired)
            ? Reason.of("del2.due-permanent", permanent, rules.del2DueWithin(), passed)
            : Reason.of("del2.due", passed, rules.del2AfterDel1(), eligible, rules.del2DueWithin());
    return dueOrOverdue(latest, asOf, why);
  }

  private PartStatus leaderModule(Employee employee, LocalDate asOf) {
    if (employee.leaderSince().isEmpty()) {
      return new PartStatus.NotRequired(Reason.of("leader.not-leader"));
    }
    LocalDate appointed = employee.leaderSince().get();
    LocalDate start = later(appointed, rules.leaderModuleOfferedFrom());
    LeavePolicy.Moved due =
        leave.move(employee, start, start.plus(rules.leaderModuleAfterAppointment()));
    Reason why =
        start.equals(appointed)
            ? Reason.of("leader.due", appointed, rules.leaderModuleAfterAppointment())
            : Reason.of(
                "leader.due-offered", appointed, start, rules.leaderModuleAfterAppointment());
    return dueOrOverdue(due, asOf, why);
  }

  private PartStatus lawCourse(Employee employee, LocalDate asOf) {
    LocalDate hired = employee.employment().hiredOn();
    if (!employee.contactType().isTargetGroup()) {
      return new PartStatus.NotRequired(Reason.of("law.no-contact"));
    }
    if (hired.isBefore(rules.lawCourseInOnboardingFrom())) {
      return new PartStatus.NotRequired(
          Reason.of("law.existing", hired, rules.lawCourseInOnboardingFrom()));
    }
    LeavePolicy.Moved due = leave.move(employee, hired, hired.plus(rules.lawCourseAfterHire()));
    return dueOrOverdue(due, asOf, Reason.of("law.due", hired, rules.lawCourseAfterHire()));
  }

  private PartStatus otherStaffCourse(Employee employee, LocalDate asOf) {
    if (employee.contactType().isTargetGroup()) {
      return new PartStatus.NotRequired(Reason.of("other.has-contact"));
    }
    LocalDate hired = employee.employment().hiredOn();
    LocalDate start = later(hired, rules.otherStaffCourseOfferedFrom());
    LeavePolicy.Moved due =
        leave.move(employee, start, start.plus(rules.otherStaffCourseAfterHire()));
    Reason why =
        start.equals(hired)
            ? Reason.of("other.due", hired, rules.otherStaffCourseAfterHire())
            : Reason.of("other.due-offered", hired, start, rules.otherStaffCourseAfterHire());
    return dueOrOverdue(due, asOf, why);
  }

  private static PartStatus dueOrOverdue(LeavePolicy.Moved due, LocalDate asOf, Reason why) {
    Reason reason = withLeave(why, due);
    return asOf.isAfter(due.date())
        ? new PartStatus.Overdue(due.date(), reason)
        : new PartStatus.Due(due.date(), reason);
  }

  private static Reason withLeave(Reason why, LeavePolicy.Moved moved) {
    return moved.moved() ? Reason.of("leave.moved", why, moved.leaveDays(), moved.periods()) : why;
  }

  /** The part's name as the reason texts give it. */
  private static Reason.Term name(PartId part) {
    return Reason.term("part." + part.value());
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static LeavePolicy.Moved later(LeavePolicy.Moved a, LeavePolicy.Moved b) {
    return b.date().isAfter(a.date()) ? b : a;
  }
}
