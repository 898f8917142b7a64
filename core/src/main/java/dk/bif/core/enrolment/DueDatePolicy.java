package dk.bif.core.enrolment;

import dk.bif.core.curriculum.PartId;
import dk.bif.core.people.Employee;
import dk.bif.core.people.LeavePeriod;
import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Decides, for a day and an employee, where the employee stands with each part of BIF-uddannelsen:
 * done, due, overdue, not yet eligible or not required, always with the reason.
 *
 * <ul>
 *   <li><b>Del 1</b> is due {@link DueDateRules#del1AfterHire() shortly after hiring} and mandatory
 *       when the employment is expected to last more than six months.
 *   <li><b>Del 2</b> is mandatory for permanent staff; it needs Del 1 passed and half a year's
 *       employment, and is due about half a year after Del 1 was passed. Staff covered by the
 *       2016–2017 implementation rule (hired before it) took Del 2 directly: Del 1 is not required
 *       of them and not a prerequisite.
 *   <li>The <b>leader module</b> is due for leaders, counted from their appointment (or from when
 *       the module was first offered, for leaders appointed before).
 * </ul>
 *
 * <p>Staff on leave take the training when they return: a part is not eligible while they are on
 * leave, and every day of leave between the start of a period and its due date moves the due date
 * by a day. Immutable and thread-safe.
 */
public final class DueDatePolicy {

  private final DueDateRules rules;

  /** The policy with {@link DueDateRules#STANDARD}. */
  public DueDatePolicy() {
    this(DueDateRules.STANDARD);
  }

  /**
   * @param rules the figures to apply
   */
  public DueDatePolicy(DueDateRules rules) {
    this.rules = Objects.requireNonNull(rules, "rules");
  }

  /** The figures this policy applies. */
  public DueDateRules rules() {
    return rules;
  }

  /**
   * The status of every part of BIF-uddannelsen.
   *
   * @param employee the employee
   * @param progress the parts the employee has completed
   * @param asOf the day to judge on
   * @return Del 1, Del 2 and the leader module, in that order, each with its status
   */
  public Map<PartId, PartStatus> statuses(Employee employee, Progress progress, LocalDate asOf) {
    var result = new LinkedHashMap<PartId, PartStatus>();
    for (PartId part :
        new PartId[] {PartId.BIF_DEL_1, PartId.BIF_DEL_2, PartId.BIF_LEADER_MODULE}) {
      result.put(part, status(employee, part, progress, asOf));
    }
    return result;
  }

  /**
   * The status of one part.
   *
   * @param employee the employee
   * @param part Del 1, Del 2 or the leader module
   * @param progress the parts the employee has completed
   * @param asOf the day to judge on
   * @return the status with its reason
   * @throws IllegalArgumentException for a part this policy has no rule for
   */
  public PartStatus status(Employee employee, PartId part, Progress progress, LocalDate asOf) {
    Objects.requireNonNull(employee, "employee");
    Objects.requireNonNull(part, "part");
    Objects.requireNonNull(progress, "progress");
    Objects.requireNonNull(asOf, "asOf");
    var completed = progress.completed(part);
    if (completed.isPresent()) {
      return new PartStatus.Done(completed.get(), part + " completed on " + completed.get());
    }
    PartStatus status;
    if (part.equals(PartId.BIF_DEL_1)) {
      status = del1(employee, asOf);
    } else if (part.equals(PartId.BIF_DEL_2)) {
      status = del2(employee, progress, asOf);
    } else if (part.equals(PartId.BIF_LEADER_MODULE)) {
      status = leaderModule(employee, asOf);
    } else {
      throw new IllegalArgumentException("no due-date rule for part '" + part + "'");
    }
    return status.needsPlanning() ? unlessOnLeave(employee, part, status, asOf) : status;
  }

  /** Staff on leave take the training when they return: not eligible until the day after. */
  private static PartStatus unlessOnLeave(
      Employee employee, PartId part, PartStatus status, LocalDate asOf) {
    for (LeavePeriod leave : employee.leave()) {
      if (leave.period().daysWithin(asOf, asOf) > 0) {
        LocalDate back = leave.period().lastDay().plusDays(1);
        return new PartStatus.NotYetEligible(
            back,
            "on "
                + leave.kind().name().toLowerCase(java.util.Locale.ROOT)
                + " leave until "
                + leave.period().lastDay()
                + ": takes "
                + part
                + " on return ("
                + status.reason()
                + ")");
      }
    }
    return status;
  }

  private boolean coveredByImplementationRule(Employee employee) {
    return employee.employment().hiredOn().isBefore(rules.implementationRuleHiredBefore());
  }

  private PartStatus del1(Employee employee, LocalDate asOf) {
    LocalDate hired = employee.employment().hiredOn();
    if (coveredByImplementationRule(employee)) {
      return new PartStatus.NotRequired(
          "hired "
              + hired
              + ", before "
              + rules.implementationRuleHiredBefore()
              + ": existing staff took Del 2 directly under the 2016–2017 implementation rule");
    }
    if (!employee.employment().expectedToLastLongerThan(rules.del1MandatoryAbove())) {
      return new PartStatus.NotRequired(
          "employment expected to last "
              + describe(employee.employment().expectedLength().orElseThrow())
              + ", not more than "
              + describe(rules.del1MandatoryAbove())
              + ": Del 1 is mandatory only for longer employments");
    }
    Shifted due = shiftForLeave(employee, hired, hired.plus(rules.del1AfterHire()));
    return dueOrOverdue(
        due.date(),
        asOf,
        "hired "
            + hired
            + "; Del 1 is due "
            + describe(rules.del1AfterHire())
            + " after hiring"
            + due.note());
  }

  private PartStatus del2(Employee employee, Progress progress, LocalDate asOf) {
    LocalDate hired = employee.employment().hiredOn();
    if (!employee.employment().isPermanent()) {
      return new PartStatus.NotRequired(
          "temporary employment: Del 2 is mandatory for permanent staff only");
    }
    if (coveredByImplementationRule(employee)) {
      return dueOrOverdue(
          rules.implementationDel2DueBy(),
          asOf,
          "hired "
              + hired
              + ", before "
              + rules.implementationRuleHiredBefore()
              + ": covered by the 2016–2017 implementation rule, Del 2 directly without Del 1");
    }
    Shifted employed = shiftForLeave(employee, hired, hired.plus(rules.del2MinimumEmployment()));
    var del1Passed = progress.completed(PartId.BIF_DEL_1);
    if (del1Passed.isEmpty()) {
      Shifted del1Due = shiftForLeave(employee, hired, hired.plus(rules.del1AfterHire()));
      LocalDate del1By = later(del1Due.date(), asOf);
      LocalDate expected = later(employed.date(), del1By.plus(rules.del2AfterDel1()));
      return new PartStatus.NotYetEligible(
          expected,
          "Del 1 is not passed yet and is a prerequisite for Del 2; if Del 1 is passed by "
              + del1By
              + ", Del 2 becomes due "
              + expected);
    }
    if (asOf.isBefore(employed.date())) {
      return new PartStatus.NotYetEligible(
          employed.date(),
          "Del 2 needs "
              + describe(rules.del2MinimumEmployment())
              + " of employment, reached "
              + employed.date()
              + employed.note());
    }
    LocalDate passed = del1Passed.get();
    Shifted afterDel1 = shiftForLeave(employee, passed, passed.plus(rules.del2AfterDel1()));
    LocalDate due = later(afterDel1.date(), employed.date());
    return dueOrOverdue(
        due,
        asOf,
        "permanent staff; Del 1 passed "
            + passed
            + ", Del 2 is due "
            + describe(rules.del2AfterDel1())
            + " after it"
            + afterDel1.note());
  }

  private PartStatus leaderModule(Employee employee, LocalDate asOf) {
    if (employee.leaderSince().isEmpty()) {
      return new PartStatus.NotRequired("not a leader: the leader module is for leaders");
    }
    LocalDate appointed = employee.leaderSince().get();
    LocalDate start = later(appointed, rules.leaderModuleOfferedFrom());
    Shifted due = shiftForLeave(employee, start, start.plus(rules.leaderModuleAfterAppointment()));
    String from =
        start.equals(appointed)
            ? "leader since " + appointed
            : "leader since " + appointed + ", module offered from " + start;
    return dueOrOverdue(
        due.date(),
        asOf,
        from
            + "; the leader module is due "
            + describe(rules.leaderModuleAfterAppointment())
            + " after"
            + due.note());
  }

  private static PartStatus dueOrOverdue(LocalDate due, LocalDate asOf, String reason) {
    return asOf.isAfter(due)
        ? new PartStatus.Overdue(due, reason)
        : new PartStatus.Due(due, reason);
  }

  /**
   * Moves {@code due} by every day of leave from {@code start} up to the (moved) due date; leave
   * that starts inside the added days moves it further.
   */
  static Shifted shiftForLeave(Employee employee, LocalDate start, LocalDate due) {
    List<LeavePeriod> leaves = employee.leave();
    if (leaves.isEmpty()) {
      return new Shifted(due, 0);
    }
    long days = 0;
    LocalDate shifted = due;
    for (int round = 0; round <= leaves.size(); round++) {
      long total = 0;
      for (LeavePeriod leave : leaves) {
        total += leave.period().daysWithin(start, shifted);
      }
      days = total;
      LocalDate next = due.plusDays(total);
      if (next.equals(shifted)) {
        break;
      }
      shifted = next;
    }
    return new Shifted(shifted, days);
  }

  /** A period as people say it: "3 months", "1 year and 2 months", "10 days". */
  static String describe(Period period) {
    var parts = new java.util.ArrayList<String>();
    if (period.getYears() != 0) {
      parts.add(period.getYears() + (Math.abs(period.getYears()) == 1 ? " year" : " years"));
    }
    if (period.getMonths() != 0) {
      parts.add(period.getMonths() + (Math.abs(period.getMonths()) == 1 ? " month" : " months"));
    }
    if (period.getDays() != 0 || parts.isEmpty()) {
      parts.add(period.getDays() + (Math.abs(period.getDays()) == 1 ? " day" : " days"));
    }
    return String.join(" and ", parts);
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  /** A due date after leave, and how many days of leave moved it. */
  record Shifted(LocalDate date, long leaveDays) {
    String note() {
      return leaveDays == 0 ? "" : ", moved " + leaveDays + " days for leave";
    }
  }
}
