package dk.bif.core.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.bif.core.curriculum.PartId;
import dk.bif.core.people.DateRange;
import dk.bif.core.people.Employee;
import dk.bif.core.people.Employees;
import dk.bif.core.people.LeaveKind;
import dk.bif.core.people.LeavePeriod;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

class DueDatePolicyTest {

  private static final LocalDate HIRED = LocalDate.of(2025, 1, 15);
  private final DueDatePolicy policy = new DueDatePolicy();

  private static Employee newHire() {
    return Employees.permanent("e1", "JC-Amager", HIRED);
  }

  @Test
  void del1IsDueThreeMonthsAfterHiring() {
    PartStatus status =
        policy.status(newHire(), PartId.BIF_DEL_1, Progress.NONE, HIRED.plusDays(10));

    assertThat(status).isEqualTo(new PartStatus.Due(LocalDate.of(2025, 4, 15), status.reason()));
    assertThat(status.reason()).contains("hired 2025-01-15").contains("3 months after hiring");
  }

  @Test
  void del1IsOverdueTheDayAfterItsDueDate() {
    assertThat(policy.status(newHire(), PartId.BIF_DEL_1, Progress.NONE, LocalDate.of(2025, 4, 15)))
        .isInstanceOf(PartStatus.Due.class);
    assertThat(policy.status(newHire(), PartId.BIF_DEL_1, Progress.NONE, LocalDate.of(2025, 4, 16)))
        .isEqualTo(
            new PartStatus.Overdue(
                LocalDate.of(2025, 4, 15),
                policy
                    .status(newHire(), PartId.BIF_DEL_1, Progress.NONE, LocalDate.of(2025, 4, 16))
                    .reason()));
  }

  @Test
  void del1DelayAfterHireIsConfigurable() {
    DueDatePolicy twoMonths =
        new DueDatePolicy(DueDateRules.STANDARD.withDel1AfterHire(Period.ofMonths(2)));

    assertThat(twoMonths.status(newHire(), PartId.BIF_DEL_1, Progress.NONE, HIRED))
        .extracting(s -> ((PartStatus.Due) s).dueDate())
        .isEqualTo(LocalDate.of(2025, 3, 15));
  }

  @Test
  void del1IsNotRequiredForEmploymentOfSixMonthsOrLess() {
    Employee temp = Employees.temporary("t1", HIRED, Period.ofMonths(6));

    PartStatus status = policy.status(temp, PartId.BIF_DEL_1, Progress.NONE, HIRED);

    assertThat(status).isInstanceOf(PartStatus.NotRequired.class);
    assertThat(status.reason()).contains("6 months");
  }

  @Test
  void del1IsMandatoryForTemporaryEmploymentLongerThanSixMonths() {
    Employee temp = Employees.temporary("t1", HIRED, Period.ofMonths(9));

    assertThat(policy.status(temp, PartId.BIF_DEL_1, Progress.NONE, HIRED))
        .isInstanceOf(PartStatus.Due.class);
  }

  @Test
  void aPassedPartIsDoneWithItsDate() {
    Progress progress = Progress.NONE.with(PartId.BIF_DEL_1, LocalDate.of(2025, 5, 1));

    assertThat(policy.status(newHire(), PartId.BIF_DEL_1, progress, LocalDate.of(2025, 6, 1)))
        .isEqualTo(
            new PartStatus.Done(LocalDate.of(2025, 5, 1), "bif-del-1 completed on 2025-05-01"));
  }

  @Test
  void leaveMovesTheDueDateByItsLength() {
    // given 30 days of parental leave before Del 1 is due
    Employee employee = newHire();
    employee.recordLeave(
        new LeavePeriod(
            new DateRange(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 3, 2)), LeaveKind.PARENTAL));

    // when
    PartStatus status = policy.status(employee, PartId.BIF_DEL_1, Progress.NONE, HIRED);

    // then
    assertThat(((PartStatus.Due) status).dueDate()).isEqualTo(LocalDate.of(2025, 5, 15));
    assertThat(status.reason()).contains("moved 30 days for leave");
  }

  @Test
  void leaveThatStartsInTheAddedDaysMovesTheDueDateFurther() {
    Employee employee = newHire();
    employee.recordLeave(
        new LeavePeriod(
            new DateRange(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 10)), LeaveKind.OTHER));
    employee.recordLeave(
        new LeavePeriod(
            new DateRange(LocalDate.of(2025, 4, 20), LocalDate.of(2025, 4, 24)),
            LeaveKind.SICKNESS));

    PartStatus status = policy.status(employee, PartId.BIF_DEL_1, Progress.NONE, HIRED);

    // 10 days move 15 April to 25 April, which now covers the second leave: 5 more days
    assertThat(((PartStatus.Due) status).dueDate()).isEqualTo(LocalDate.of(2025, 4, 30));
  }

  @Test
  void leaveAfterTheDueDateDoesNotMoveIt() {
    Employee employee = newHire();
    employee.recordLeave(
        new LeavePeriod(
            new DateRange(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 9, 1)), LeaveKind.PARENTAL));

    assertThat(policy.status(employee, PartId.BIF_DEL_1, Progress.NONE, HIRED))
        .extracting(s -> ((PartStatus.Due) s).dueDate())
        .isEqualTo(LocalDate.of(2025, 4, 15));
  }

  @Test
  void del2IsNotYetEligibleWithoutDel1Passed() {
    PartStatus status =
        policy.status(newHire(), PartId.BIF_DEL_2, Progress.NONE, LocalDate.of(2025, 2, 1));

    assertThat(status).isInstanceOf(PartStatus.NotYetEligible.class);
    assertThat(((PartStatus.NotYetEligible) status).eligibleOn())
        .isEqualTo(LocalDate.of(2025, 10, 15));
    assertThat(status.reason()).contains("prerequisite");
  }

  @Test
  void del2IsDueHalfAYearAfterDel1() {
    Progress progress = Progress.NONE.with(PartId.BIF_DEL_1, LocalDate.of(2025, 4, 1));

    PartStatus status =
        policy.status(newHire(), PartId.BIF_DEL_2, progress, LocalDate.of(2025, 8, 1));

    assertThat(status).isInstanceOf(PartStatus.Due.class);
    assertThat(((PartStatus.Due) status).dueDate()).isEqualTo(LocalDate.of(2025, 10, 1));
    assertThat(status.reason()).contains("Del 1 passed 2025-04-01");
  }

  @Test
  void del2NeedsHalfAYearsEmploymentEvenWithDel1Passed() {
    Progress progress = Progress.NONE.with(PartId.BIF_DEL_1, LocalDate.of(2025, 3, 1));

    PartStatus status =
        policy.status(newHire(), PartId.BIF_DEL_2, progress, LocalDate.of(2025, 5, 1));

    assertThat(status)
        .isEqualTo(new PartStatus.NotYetEligible(LocalDate.of(2025, 7, 15), status.reason()));
    assertThat(status.reason()).contains("6 months of employment");
  }

  @Test
  void del2IsOverdueAfterItsDueDate() {
    Progress progress = Progress.NONE.with(PartId.BIF_DEL_1, LocalDate.of(2025, 4, 1));

    assertThat(policy.status(newHire(), PartId.BIF_DEL_2, progress, LocalDate.of(2025, 10, 2)))
        .isInstanceOf(PartStatus.Overdue.class);
  }

  @Test
  void del2IsNotRequiredOfTemporaryStaff() {
    Employee temp = Employees.temporary("t1", HIRED, Period.ofYears(2));
    Progress progress = Progress.NONE.with(PartId.BIF_DEL_1, LocalDate.of(2025, 4, 1));

    PartStatus status = policy.status(temp, PartId.BIF_DEL_2, progress, LocalDate.of(2025, 11, 1));

    assertThat(status).isInstanceOf(PartStatus.NotRequired.class);
    assertThat(status.reason()).contains("permanent");
  }

  @Test
  void del2BecomesRequiredWhenTemporaryStaffAreMadePermanent() {
    Employee employee = Employees.temporary("t1", HIRED, Period.ofYears(2));
    employee.makePermanent();
    Progress progress = Progress.NONE.with(PartId.BIF_DEL_1, LocalDate.of(2025, 4, 1));

    assertThat(policy.status(employee, PartId.BIF_DEL_2, progress, LocalDate.of(2025, 11, 1)))
        .isInstanceOf(PartStatus.Overdue.class);
  }

  @Test
  void staffUnderTheImplementationRuleTakeDel2DirectlyWithoutDel1() {
    Employee existing = Employees.permanent("old", "JC-Nord", LocalDate.of(2012, 8, 1));

    PartStatus del1 =
        policy.status(existing, PartId.BIF_DEL_1, Progress.NONE, LocalDate.of(2017, 3, 1));
    PartStatus del2 =
        policy.status(existing, PartId.BIF_DEL_2, Progress.NONE, LocalDate.of(2017, 3, 1));

    assertThat(del1).isInstanceOf(PartStatus.NotRequired.class);
    assertThat(del1.reason()).contains("implementation rule");
    assertThat(del2).isEqualTo(new PartStatus.Due(LocalDate.of(2017, 12, 31), del2.reason()));
  }

  @Test
  void staffHiredDuringTheImplementationYearsFollowTheModel() {
    Employee hired2016 = Employees.permanent("new", "JC-Nord", LocalDate.of(2016, 5, 1));

    assertThat(policy.status(hired2016, PartId.BIF_DEL_1, Progress.NONE, LocalDate.of(2016, 6, 1)))
        .isInstanceOf(PartStatus.Due.class);
    assertThat(policy.status(hired2016, PartId.BIF_DEL_2, Progress.NONE, LocalDate.of(2016, 6, 1)))
        .isInstanceOf(PartStatus.NotYetEligible.class);
  }

  @Test
  void theLeaderModuleIsDueForNewLeaders() {
    Employee leader = newHire();
    leader.appointLeader(LocalDate.of(2025, 3, 1));

    PartStatus status =
        policy.status(leader, PartId.BIF_LEADER_MODULE, Progress.NONE, LocalDate.of(2025, 3, 2));

    assertThat(status).isEqualTo(new PartStatus.Due(LocalDate.of(2025, 6, 1), status.reason()));
  }

  @Test
  void existingLeadersAreDueFromWhenTheModuleWasFirstOffered() {
    Employee leader = Employees.permanent("boss", "JC-Nord", LocalDate.of(2010, 1, 1));
    leader.appointLeader(LocalDate.of(2014, 1, 1));

    PartStatus status =
        policy.status(leader, PartId.BIF_LEADER_MODULE, Progress.NONE, LocalDate.of(2018, 1, 1));

    assertThat(status)
        .isEqualTo(new PartStatus.Overdue(LocalDate.of(2017, 12, 1), status.reason()));
    assertThat(status.reason()).contains("module offered from 2017-09-01");
  }

  @Test
  void theLeaderModuleIsNotRequiredOfNonLeaders() {
    assertThat(policy.status(newHire(), PartId.BIF_LEADER_MODULE, Progress.NONE, HIRED))
        .isInstanceOf(PartStatus.NotRequired.class);
  }

  @Test
  void statusesListEveryBifPartInOrder() {
    assertThat(policy.statuses(newHire(), Progress.NONE, HIRED).keySet())
        .containsExactly(PartId.BIF_DEL_1, PartId.BIF_DEL_2, PartId.BIF_LEADER_MODULE);
  }

  @Test
  void aPartWithoutARuleIsRefusedByName() {
    assertThatThrownBy(() -> policy.status(newHire(), PartId.of("other"), Progress.NONE, HIRED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'other'");
  }

  @Test
  void everyStatusMustCarryAReason() {
    assertThatThrownBy(() -> new PartStatus.NotRequired(" "))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void staffOnLeaveAreNotEligibleUntilTheyReturn() {
    // given an overdue Del 1 and parental leave that starts after the due date
    Employee employee = newHire();
    employee.recordLeave(
        new LeavePeriod(
            new DateRange(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 12, 31)),
            LeaveKind.PARENTAL));

    // when judged during the leave
    PartStatus during =
        policy.status(employee, PartId.BIF_DEL_1, Progress.NONE, LocalDate.of(2025, 8, 1));

    // then
    assertThat(during)
        .isEqualTo(new PartStatus.NotYetEligible(LocalDate.of(2026, 1, 1), during.reason()));
    assertThat(during.reason()).contains("on parental leave until 2025-12-31");
    assertThat(policy.status(employee, PartId.BIF_DEL_1, Progress.NONE, LocalDate.of(2026, 1, 1)))
        .isInstanceOf(PartStatus.Overdue.class);
  }
}
