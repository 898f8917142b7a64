package dk.bif.core.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.bif.core.admission.Level;
import dk.bif.core.curriculum.PartId;
import dk.bif.core.exam.ExamAttempt;
import dk.bif.core.exam.ExamAttemptPolicy;
import dk.bif.core.exam.ExamOutcome;
import dk.bif.core.exam.ExamRecord;
import dk.bif.core.exam.Grade;
import dk.bif.core.people.CentreId;
import dk.bif.core.people.ContactType;
import dk.bif.core.people.DateRange;
import dk.bif.core.people.Employee;
import dk.bif.core.people.EmployeeId;
import dk.bif.core.people.Employees;
import dk.bif.core.people.Employment;
import dk.bif.core.people.LeaveKind;
import dk.bif.core.people.LeavePeriod;
import dk.bif.core.people.TargetGroup;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DueDatePolicyTest {

  private static final LocalDate HIRED = LocalDate.of(2025, 1, 15);
  private static final LocalDate DEL1_DUE = LocalDate.of(2025, 4, 15);
  private final DueDatePolicy policy = new DueDatePolicy();

  private static Employee newHire() {
    return Employees.permanent("e1", "JC-Amager", HIRED);
  }

  private static Employee onLeave(Employee employee, String from, String to, LeaveKind kind) {
    employee.recordLeave(
        new LeavePeriod(new DateRange(LocalDate.parse(from), LocalDate.parse(to)), kind));
    return employee;
  }

  private PartStatus del1(Employee employee, LocalDate asOf) {
    return policy.status(employee, PartId.BIF_DEL_1, Progress.NONE, asOf);
  }

  private PartStatus del2(Employee employee, LocalDate del1Completed, LocalDate asOf) {
    return policy.status(
        employee, PartId.BIF_DEL_2, Progress.NONE.with(PartId.BIF_DEL_1, del1Completed), asOf);
  }

  private static LocalDate dueDate(PartStatus status) {
    return status.dueBy().orElseThrow(() -> new AssertionError("not due: " + status));
  }

  // ---- Del 1 -----------------------------------------------------------------------------

  @Test
  void del1IsDueThreeMonthsAfterHiring() {
    PartStatus status = del1(newHire(), HIRED.plusDays(10));

    assertThat(status).isEqualTo(new PartStatus.Due(DEL1_DUE, status.because()));
    assertThat(status.reason()).contains("hired 2025-01-15").contains("3 months after hiring");
  }

  @Test
  void del1IsOverdueTheDayAfterItsDueDate() {
    assertThat(del1(newHire(), DEL1_DUE)).isInstanceOf(PartStatus.Due.class);
    assertThat(del1(newHire(), DEL1_DUE.plusDays(1)))
        .isInstanceOfSatisfying(
            PartStatus.Overdue.class, s -> assertThat(s.dueDate()).isEqualTo(DEL1_DUE));
  }

  @Test
  void del1DelayAfterHireIsConfigurable() {
    DueDatePolicy twoMonths =
        new DueDatePolicy(DueDateRules.STANDARD.withDel1AfterHire(Period.ofMonths(2)));

    assertThat(dueDate(twoMonths.status(newHire(), PartId.BIF_DEL_1, Progress.NONE, HIRED)))
        .isEqualTo(LocalDate.of(2025, 3, 15));
  }

  @Test
  void del1IsNotRequiredForEmploymentOfSixMonthsOrLess() {
    Employee temp = Employees.temporary("t1", HIRED, Period.ofMonths(6));

    PartStatus status = del1(temp, HIRED);

    assertThat(status).isInstanceOf(PartStatus.NotRequired.class);
    assertThat(status.reason()).contains("6 months");
  }

  @Test
  void del1IsMandatoryForTemporaryEmploymentLongerThanSixMonths() {
    Employee temp = Employees.temporary("t1", HIRED, Period.ofMonths(9));

    assertThat(del1(temp, HIRED)).isInstanceOf(PartStatus.Due.class);
  }

  @Test
  void aCompletedPartIsDoneWithItsDate() {
    Progress progress = Progress.NONE.with(PartId.BIF_DEL_1, LocalDate.of(2025, 5, 1));

    PartStatus status =
        policy.status(newHire(), PartId.BIF_DEL_1, progress, LocalDate.of(2025, 6, 1));

    assertThat(status).isEqualTo(new PartStatus.Done(LocalDate.of(2025, 5, 1), status.because()));
    assertThat(status.reason()).isEqualTo("Del 1 completed on 2025-05-01");
    assertThat(status.reason(Locale.forLanguageTag("da"))).isEqualTo("Del 1 gennemført 2025-05-01");
  }

  @Test
  void aPartCompletedAfterTheDayJudgedOnIsNotCompletedYet() {
    Progress progress = Progress.NONE.with(PartId.BIF_DEL_1, LocalDate.of(2025, 5, 1));

    assertThat(policy.status(newHire(), PartId.BIF_DEL_1, progress, LocalDate.of(2025, 4, 30)))
        .isInstanceOf(PartStatus.Overdue.class);
    assertThat(policy.status(newHire(), PartId.BIF_DEL_1, progress, LocalDate.of(2025, 5, 1)))
        .isInstanceOf(PartStatus.Done.class);
  }

  // ---- Del 2: about half a year after Del 1 is completed (seed 001) -----------------------

  @Test
  void del2IsNotYetEligibleBeforeHalfAYearAfterDel1IsCompleted() {
    // given Del 1 completed on 1 April
    LocalDate completed = LocalDate.of(2025, 4, 1);

    // when judged the day after, and the day before the half year is up
    PartStatus dayAfter = del2(newHire(), completed, completed.plusDays(1));
    PartStatus dayBefore = del2(newHire(), completed, LocalDate.of(2025, 9, 30));

    // then not due, not planned, and the plan says from when
    for (PartStatus status : List.of(dayAfter, dayBefore)) {
      assertThat(status)
          .isInstanceOfSatisfying(
              PartStatus.NotYetEligible.class,
              s -> assertThat(s.eligibleOn()).isEqualTo(LocalDate.of(2025, 10, 1)));
      assertThat(status.needsPlanning()).isFalse();
      assertThat(status.dueBy()).isEmpty();
    }
    assertThat(dayAfter.reason())
        .contains("Del 1 completed 2025-04-01")
        .contains("opens 2025-10-01");
  }

  @Test
  void del2OpensHalfAYearAfterDel1AndIsDueOnePlanningRoundLater() {
    PartStatus status = del2(newHire(), LocalDate.of(2025, 4, 1), LocalDate.of(2025, 10, 1));

    assertThat(status).isEqualTo(new PartStatus.Due(LocalDate.of(2026, 1, 1), status.because()));
    assertThat(status.needsPlanning()).isTrue();
    assertThat(status.reason()).contains("Del 2 opened 2025-10-01").contains("3 months");
  }

  @Test
  void del2IsOverdueAfterItsDueDate() {
    assertThat(del2(newHire(), LocalDate.of(2025, 4, 1), LocalDate.of(2026, 1, 2)))
        .isInstanceOf(PartStatus.Overdue.class);
  }

  @Test
  void del2WindowIsConfigurable() {
    DueDatePolicy fiveMonths =
        new DueDatePolicy(
            DueDateRules.STANDARD.withDel2Window(Period.ofMonths(5), Period.ofMonths(2)));
    Progress progress = Progress.NONE.with(PartId.BIF_DEL_1, LocalDate.of(2025, 4, 1));

    assertThat(
            dueDate(
                fiveMonths.status(newHire(), PartId.BIF_DEL_2, progress, LocalDate.of(2025, 9, 1))))
        .isEqualTo(LocalDate.of(2025, 11, 1));
  }

  @Test
  void del2IsNotYetEligibleWithoutDel1Completed() {
    PartStatus status =
        policy.status(newHire(), PartId.BIF_DEL_2, Progress.NONE, LocalDate.of(2025, 2, 1));

    assertThat(status)
        .isInstanceOfSatisfying(
            PartStatus.NotYetEligible.class,
            s -> assertThat(s.eligibleOn()).isEqualTo(LocalDate.of(2025, 10, 15)));
    assertThat(status.reason()).contains("Del 1 is not completed yet and comes first");
  }

  @Test
  void del2NeedsHalfAYearsEmploymentWhenDel1WasCompletedBeforeHiring() {
    // given an employee rehired after completing Del 1 in an earlier employment
    PartStatus status = del2(newHire(), LocalDate.of(2024, 3, 1), LocalDate.of(2025, 5, 1));

    assertThat(status)
        .isInstanceOfSatisfying(
            PartStatus.NotYetEligible.class,
            s -> assertThat(s.eligibleOn()).isEqualTo(LocalDate.of(2025, 7, 15)));
    assertThat(status.reason()).contains("6 months of employment");
  }

  @Test
  void del2IsNotRequiredOfTemporaryStaff() {
    Employee temp = Employees.temporary("t1", HIRED, Period.ofYears(2));

    PartStatus status = del2(temp, LocalDate.of(2025, 4, 1), LocalDate.of(2025, 11, 1));

    assertThat(status).isInstanceOf(PartStatus.NotRequired.class);
    assertThat(status.reason()).contains("permanent");
  }

  @Test
  void del2IsDueAPlanningRoundAfterTemporaryStaffAreMadePermanent() {
    // given a temporary employee who completed Del 1 and is made permanent over a year later
    Employee employee = Employees.temporary("t1", HIRED, Period.ofYears(2));
    employee.makePermanent(LocalDate.of(2026, 6, 1));

    // when judged on the first day as permanent
    PartStatus status = del2(employee, LocalDate.of(2025, 4, 1), LocalDate.of(2026, 6, 1));

    // then Del 2 is due three months on, not overdue since before the employment was permanent
    assertThat(status).isEqualTo(new PartStatus.Due(LocalDate.of(2026, 9, 1), status.because()));
    assertThat(status.reason()).contains("made permanent 2026-06-01");
  }

  @Test
  void staffUnderTheImplementationRuleTakeDel2DirectlyWithoutDel1() {
    Employee existing = Employees.permanent("old", "JC-Nord", LocalDate.of(2012, 8, 1));

    PartStatus del1 = del1(existing, LocalDate.of(2017, 3, 1));
    PartStatus del2 =
        policy.status(existing, PartId.BIF_DEL_2, Progress.NONE, LocalDate.of(2017, 3, 1));

    assertThat(del1).isInstanceOf(PartStatus.NotRequired.class);
    assertThat(del1.reason()).contains("implementation rule");
    assertThat(del2).isEqualTo(new PartStatus.Due(LocalDate.of(2017, 12, 31), del2.because()));
  }

  @Test
  void staffUnderTheImplementationRuleOnParentalLeaveTakeDel2WhenTheyAreBack() {
    // seed 001: "Undtaget herfra er en mindre gruppe medarbejdere, som fx er på barselsorlov, som
    // kommer gennem uddannelsen, når de er retur i BIF."
    Employee existing = Employees.permanent("old", "JC-Nord", LocalDate.of(2012, 8, 1));
    onLeave(existing, "2017-06-01", "2018-05-31", LeaveKind.PARENTAL);

    PartStatus back =
        policy.status(existing, PartId.BIF_DEL_2, Progress.NONE, LocalDate.of(2018, 6, 1));

    assertThat(back).isEqualTo(new PartStatus.Due(LocalDate.of(2018, 12, 31), back.because()));
  }

  @Test
  void staffHiredDuringTheImplementationYearsFollowTheModel() {
    Employee hired2016 = Employees.permanent("new", "JC-Nord", LocalDate.of(2016, 5, 1));

    assertThat(del1(hired2016, LocalDate.of(2016, 6, 1))).isInstanceOf(PartStatus.Due.class);
    assertThat(policy.status(hired2016, PartId.BIF_DEL_2, Progress.NONE, LocalDate.of(2016, 6, 1)))
        .isInstanceOf(PartStatus.NotYetEligible.class);
  }

  // ---- leave moves due dates by the whole leave (seed 001: "når de er retur") --------------

  @Test
  void leaveMovesTheDueDateByItsWholeLength() {
    // given 185 days of parental leave that begins before Del 1 is due and ends after it
    Employee employee = onLeave(newHire(), "2025-02-01", "2025-08-04", LeaveKind.PARENTAL);

    // when
    PartStatus status = del1(employee, HIRED);

    // then the due date moves by all 185 days, not by the part of the leave before it
    assertThat(dueDate(status)).isEqualTo(DEL1_DUE.plusDays(185));
    assertThat(status.reason()).contains("moved 185 days for one period of leave");
  }

  @Test
  void everyLeaveTheMovedDateReachesMovesItToo() {
    Employee employee = onLeave(newHire(), "2025-04-01", "2025-04-10", LeaveKind.OTHER);
    onLeave(employee, "2025-04-20", "2025-04-24", LeaveKind.SICKNESS);

    // 10 days move 15 April to 25 April, which now reaches the second leave: 5 more days
    assertThat(dueDate(del1(employee, HIRED))).isEqualTo(LocalDate.of(2025, 4, 30));
  }

  @Test
  void leaveIsWorkedOutUntilTheDateNoLongerMoves() {
    // given five leaves, each beginning just after the date the ones before it move Del 1 to
    Employee employee = newHire();
    LocalDate due = DEL1_DUE;
    for (int i = 0; i < 5; i++) {
      LocalDate from = due.minusDays(1);
      onLeave(employee, from.toString(), from.plusDays(29).toString(), LeaveKind.SICKNESS);
      due = due.plusDays(30);
    }

    PartStatus status = del1(employee, HIRED);

    assertThat(dueDate(status)).isEqualTo(DEL1_DUE.plusDays(150));
    assertThat(status.reason()).contains("moved 150 days for 5 periods of leave");
  }

  @Test
  void leaveAfterTheDueDateDoesNotMoveIt() {
    Employee employee = onLeave(newHire(), "2025-06-01", "2025-09-01", LeaveKind.PARENTAL);

    assertThat(dueDate(del1(employee, HIRED))).isEqualTo(DEL1_DUE);
    // the part was overdue before the leave began, and stays so when the employee is back
    assertThat(del1(employee, LocalDate.of(2025, 9, 2))).isInstanceOf(PartStatus.Overdue.class);
  }

  static Stream<Arguments> leavesBeforeADueDate() {
    return Stream.of(
        Arguments.of(List.of("2025-02-01/2025-08-04")),
        Arguments.of(List.of("2025-01-15/2025-03-01")),
        Arguments.of(List.of("2025-04-15/2025-10-15")),
        Arguments.of(List.of("2025-04-10/2026-06-30")),
        Arguments.of(List.of("2025-03-01/2025-03-31", "2025-05-10/2025-09-09")),
        Arguments.of(
            List.of("2025-02-01/2025-02-10", "2025-04-20/2025-04-30", "2025-05-05/2025-12-31")));
  }

  @ParameterizedTest
  @MethodSource("leavesBeforeADueDate")
  void nobodyIsOverdueOnTheDayTheyComeBack(List<String> leaves) {
    // given leave that overlaps the time before Del 1 is due
    Employee employee = newHire();
    for (String leave : leaves) {
      String[] days = leave.split("/");
      onLeave(employee, days[0], days[1], LeaveKind.PARENTAL);
    }

    // when judged on the day after each leave, and during it
    for (LeavePeriod leave : employee.leave()) {
      LocalDate back = leave.period().lastDay().plusDays(1);
      PartStatus onReturn = del1(employee, back);
      PartStatus during = del1(employee, leave.period().lastDay());

      // then
      if (employee.leaveOn(back).isEmpty()) {
        assertThat(onReturn).as("back on %s", back).isInstanceOf(PartStatus.Due.class);
      }
      assertThat(during).isInstanceOf(PartStatus.OnLeave.class);
    }
  }

  @Test
  void staffOnLeaveAreOnLeaveUntilTheyReturn() {
    // given a due Del 1 and parental leave from the first of March
    Employee employee = onLeave(newHire(), "2025-03-01", "2025-12-31", LeaveKind.PARENTAL);

    // when judged during the leave
    PartStatus during = del1(employee, LocalDate.of(2025, 8, 1));

    // then on leave until the last day, not due and not planned; due when back
    assertThat(during)
        .isInstanceOfSatisfying(
            PartStatus.OnLeave.class,
            s -> {
              assertThat(s.until()).isEqualTo(LocalDate.of(2025, 12, 31));
              assertThat(s.returnsOn()).isEqualTo(LocalDate.of(2026, 1, 1));
            });
    assertThat(during.needsPlanning()).isFalse();
    assertThat(during.reason()).contains("on parental leave until 2025-12-31");
    assertThat(during.reason(Locale.forLanguageTag("da")))
        .contains("på barselsorlov til og med 2025-12-31");
    assertThat(del1(employee, LocalDate.of(2026, 1, 1)))
        .isEqualTo(
            new PartStatus.Due(
                DEL1_DUE.plusDays(306), del1(employee, LocalDate.of(2026, 1, 1)).because()));
  }

  // ---- all three attempts used (seed 001: three attempts) ---------------------------------

  @Test
  void allThreeAttemptsUsedIsAStatusOfItsOwn() {
    // given three failed sittings of Del 1
    Progress progress = Progress.of(List.of(failedThreeTimes(PartId.BIF_DEL_1)));

    // when judged long after the due date
    PartStatus status =
        policy.status(newHire(), PartId.BIF_DEL_1, progress, LocalDate.of(2026, 1, 1));

    // then not overdue and not planned again: all attempts used, with what happens next
    assertThat(status)
        .isInstanceOfSatisfying(
            PartStatus.AllAttemptsUsed.class,
            s -> {
              assertThat(s.attemptsUsed()).isEqualTo(3);
              assertThat(s.lastSittingOn()).isEqualTo(LocalDate.of(2025, 9, 1));
              assertThat(s.nextStep().english()).contains("leader follows up");
            });
    assertThat(status.needsPlanning()).isFalse();
    assertThat(status.dueBy()).isEmpty();
    assertThat(status.reason()).contains("all 3 exam attempts of Del 1 used");
  }

  @Test
  void documentedSicknessDoesNotCountTowardsAllAttemptsUsed() {
    ExamRecord record = new ExamRecord(EmployeeId.of("e1"), PartId.BIF_DEL_1, Level.DIPLOM);
    ExamAttemptPolicy attempts = new ExamAttemptPolicy();
    record.recordAttempt(sitting("2025-04-20", new ExamOutcome.Graded(Grade.of("00"))), attempts);
    record.recordAttempt(
        sitting("2025-06-20", new ExamOutcome.DocumentedSickness("lægeerklæring")), attempts);
    record.recordAttempt(sitting("2025-08-20", new ExamOutcome.NoShow()), attempts);

    PartStatus status =
        policy.status(
            newHire(), PartId.BIF_DEL_1, Progress.of(List.of(record)), LocalDate.of(2025, 9, 1));

    assertThat(status).isInstanceOf(PartStatus.Overdue.class);
  }

  @Test
  void del2CannotBeTakenWhenEveryAttemptOfDel1IsUsed() {
    Progress progress = Progress.of(List.of(failedThreeTimes(PartId.BIF_DEL_1)));

    PartStatus status =
        policy.status(newHire(), PartId.BIF_DEL_2, progress, LocalDate.of(2026, 1, 1));

    assertThat(status).isInstanceOf(PartStatus.NotRequired.class);
    assertThat(status.reason()).contains("Del 2 builds on Del 1");
  }

  // ---- the leader module -----------------------------------------------------------------

  @Test
  void theLeaderModuleIsDueForNewLeaders() {
    Employee leader = newHire();
    leader.appointLeader(LocalDate.of(2025, 3, 1));

    PartStatus status =
        policy.status(leader, PartId.BIF_LEADER_MODULE, Progress.NONE, LocalDate.of(2025, 3, 2));

    assertThat(status).isEqualTo(new PartStatus.Due(LocalDate.of(2025, 6, 1), status.because()));
  }

  @Test
  void existingLeadersAreDueFromWhenTheModuleWasFirstOffered() {
    Employee leader = Employees.permanent("boss", "JC-Nord", LocalDate.of(2010, 1, 1));
    leader.appointLeader(LocalDate.of(2014, 1, 1));

    PartStatus status =
        policy.status(leader, PartId.BIF_LEADER_MODULE, Progress.NONE, LocalDate.of(2018, 1, 1));

    assertThat(status)
        .isEqualTo(new PartStatus.Overdue(LocalDate.of(2017, 12, 1), status.because()));
    assertThat(status.reason()).contains("module offered from 2017-09-01");
  }

  @Test
  void theLeaderModuleIsNotRequiredOfNonLeaders() {
    assertThat(policy.status(newHire(), PartId.BIF_LEADER_MODULE, Progress.NONE, HIRED))
        .isInstanceOf(PartStatus.NotRequired.class);
  }

  // ---- the law courses (seeds 003 and 004) -----------------------------------------------

  @Test
  void theLawCourseIsPartOfTheOnboardingOfNewStaffDueThreeMonthsAfterHiring() {
    PartStatus status = policy.status(newHire(), PartId.LAW_COURSE, Progress.NONE, HIRED);

    assertThat(status).isEqualTo(new PartStatus.Due(DEL1_DUE, status.because()));
    assertThat(status.reason()).contains("early retirement, flex jobs and resource courses");
  }

  @Test
  void theLawCourseIsNotRequiredOfStaffHiredBeforeItJoinedTheOnboarding() {
    Employee existing = Employees.permanent("old", "JC-Nord", LocalDate.of(2019, 8, 1));

    PartStatus status =
        policy.status(existing, PartId.LAW_COURSE, Progress.NONE, LocalDate.of(2025, 1, 1));

    assertThat(status).isInstanceOf(PartStatus.NotRequired.class);
    assertThat(status.reason()).contains("before 2022-01-01");
  }

  @Test
  void staffWithoutCitizenOrCompanyContactTakeTheLawCourseForOtherStaffNotBifUddannelsen() {
    // given an employee without citizen or company contact
    Employee hr =
        Employee.hire(
            EmployeeId.of("hr1"),
            "Medarbejder hr1",
            CentreId.of("Administration"),
            ContactType.NONE,
            TargetGroup.of("ingen"),
            Employment.permanent(HIRED));

    // when
    var statuses = policy.statuses(hr, Progress.NONE, HIRED);

    // then
    assertThat(statuses.get(PartId.BIF_DEL_1)).isInstanceOf(PartStatus.NotRequired.class);
    assertThat(statuses.get(PartId.BIF_DEL_2)).isInstanceOf(PartStatus.NotRequired.class);
    assertThat(statuses.get(PartId.LAW_COURSE)).isInstanceOf(PartStatus.NotRequired.class);
    assertThat(statuses.get(PartId.LAW_COURSE_OTHER_STAFF))
        .isEqualTo(
            new PartStatus.Due(DEL1_DUE, statuses.get(PartId.LAW_COURSE_OTHER_STAFF).because()));
    assertThat(statuses.get(PartId.BIF_DEL_1).reason()).contains("no citizen or company contact");
  }

  @Test
  void theLawCourseForOtherStaffIsNotRequiredOfStaffWithContact() {
    PartStatus status =
        policy.status(newHire(), PartId.LAW_COURSE_OTHER_STAFF, Progress.NONE, HIRED);

    assertThat(status).isInstanceOf(PartStatus.NotRequired.class);
  }

  // ---- the policy as a whole -------------------------------------------------------------

  @Test
  void statusesListEveryPartInOrder() {
    assertThat(policy.statuses(newHire(), Progress.NONE, HIRED).keySet())
        .containsExactly(
            PartId.BIF_DEL_1,
            PartId.BIF_DEL_2,
            PartId.BIF_LEADER_MODULE,
            PartId.LAW_COURSE,
            PartId.LAW_COURSE_OTHER_STAFF);
  }

  @Test
  void aPartWithoutARuleIsRefusedByName() {
    assertThatThrownBy(() -> policy.status(newHire(), PartId.of("other"), Progress.NONE, HIRED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'other'");
  }

  @Test
  void everyReasonReadsInDanishAsWellAsEnglish() {
    Employee employee = onLeave(newHire(), "2025-02-01", "2025-03-01", LeaveKind.SICKNESS);
    employee.appointLeader(LocalDate.of(2025, 2, 1));
    Progress progress = Progress.NONE.with(PartId.BIF_DEL_1, LocalDate.of(2025, 5, 1));

    for (LocalDate day = HIRED; day.isBefore(LocalDate.of(2027, 1, 1)); day = day.plusDays(41)) {
      for (PartStatus status : policy.statuses(employee, progress, day).values()) {
        String danish = status.reason(Locale.forLanguageTag("da-DK"));
        assertThat(danish).isNotEqualTo(status.reason()).doesNotContain("{", "}");
        assertThat(status.reason()).doesNotContain("{", "}");
      }
    }
  }

  private static ExamRecord failedThreeTimes(PartId part) {
    ExamRecord record = new ExamRecord(EmployeeId.of("e1"), part, Level.DIPLOM);
    ExamAttemptPolicy attempts = new ExamAttemptPolicy();
    record.recordAttempt(sitting("2025-04-20", new ExamOutcome.Graded(Grade.of("00"))), attempts);
    record.recordAttempt(sitting("2025-06-20", new ExamOutcome.NoShow()), attempts);
    record.recordAttempt(sitting("2025-09-01", new ExamOutcome.Graded(Grade.of("-3"))), attempts);
    return record;
  }

  private static ExamAttempt sitting(String day, ExamOutcome outcome) {
    return new ExamAttempt(LocalDate.parse(day), outcome);
  }
}
