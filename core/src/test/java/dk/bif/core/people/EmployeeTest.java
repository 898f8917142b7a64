package dk.bif.core.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

class EmployeeTest {

  private static final LocalDate HIRED = LocalDate.of(2024, 3, 1);

  @Test
  void aPermanentEmploymentIsExpectedToLastLongerThanAnyLength() {
    assertThat(Employment.permanent(HIRED).expectedToLastLongerThan(Period.ofYears(50))).isTrue();
  }

  @Test
  void aTemporaryEmploymentOfSixMonthsDoesNotLastLongerThanSixMonths() {
    Employment sixMonths = Employment.temporary(HIRED, Period.ofMonths(6));
    Employment sevenMonths = Employment.temporary(HIRED, Period.ofMonths(7));

    assertThat(sixMonths.expectedToLastLongerThan(Period.ofMonths(6))).isFalse();
    assertThat(sevenMonths.expectedToLastLongerThan(Period.ofMonths(6))).isTrue();
  }

  @Test
  void aTemporaryEmploymentNeedsAPositiveExpectedLength() {
    assertThatThrownBy(() -> Employment.temporary(HIRED, Period.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected length");
  }

  @Test
  void makingATemporaryEmployeePermanentKeepsTheHireDateAndRecordsTheDay() {
    Employee employee = Employees.temporary("e1", HIRED, Period.ofMonths(4));

    employee.makePermanent(HIRED.plusMonths(3));

    assertThat(employee.employment().isPermanent()).isTrue();
    assertThat(employee.employment().hiredOn()).isEqualTo(HIRED);
    assertThat(employee.employment().permanentSince()).contains(HIRED.plusMonths(3));
    assertThatThrownBy(() -> employee.makePermanent(HIRED.plusMonths(4)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("already permanent since " + HIRED.plusMonths(3));
  }

  @Test
  void anEmploymentCannotBeMadePermanentBeforeTheHireDate() {
    Employee employee = Employees.temporary("e1", HIRED, Period.ofMonths(4));

    assertThatThrownBy(() -> employee.makePermanent(HIRED.minusDays(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("before the hire date");
  }

  @Test
  void overlappingLeaveIsRefused() {
    Employee employee = Employees.permanent("e1", "JC-Amager", HIRED);
    employee.recordLeave(
        new LeavePeriod(
            new DateRange(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 8, 31)),
            LeaveKind.PARENTAL));

    assertThatThrownBy(
            () ->
                employee.recordLeave(
                    new LeavePeriod(
                        new DateRange(LocalDate.of(2024, 8, 1), LocalDate.of(2024, 9, 30)),
                        LeaveKind.OTHER)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("overlaps");
  }

  @Test
  void leaveBeforeTheHireDateIsRefused() {
    Employee employee = Employees.permanent("e1", "JC-Amager", HIRED);

    assertThatThrownBy(
            () ->
                employee.recordLeave(
                    new LeavePeriod(
                        new DateRange(HIRED.minusDays(10), HIRED.plusDays(5)), LeaveKind.OTHER)))
        .hasMessageContaining("before the hire date");
  }

  @Test
  void anEmployeeCannotBeTheirOwnLeader() {
    Employee employee = Employees.permanent("e1", "JC-Amager", HIRED);

    assertThatThrownBy(() -> employee.reportTo(EmployeeId.of("e1")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void leadersAndTheirEmployeesAreRecorded() {
    Employee leader = Employees.permanent("boss", "JC-Amager", HIRED);
    Employee employee = Employees.permanent("e1", "JC-Amager", HIRED);

    leader.appointLeader(LocalDate.of(2025, 1, 1));
    employee.reportTo(leader.id());

    assertThat(leader.leaderSince()).contains(LocalDate.of(2025, 1, 1));
    assertThat(employee.leader()).contains(leader.id());
    assertThat(employee.leaderSince()).isEmpty();
  }

  @Test
  void aDateRangeCountsBothEnds() {
    DateRange range = new DateRange(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 10));

    assertThat(range.days()).isEqualTo(10);
    assertThat(range.daysWithin(LocalDate.of(2024, 1, 5), LocalDate.of(2024, 2, 1))).isEqualTo(6);
    assertThat(range.daysWithin(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 3, 1))).isZero();
  }
}
