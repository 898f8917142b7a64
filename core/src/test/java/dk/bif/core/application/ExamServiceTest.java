package dk.bif.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.bif.core.attendance.Session;
import dk.bif.core.curriculum.PartId;
import dk.bif.core.enrolment.CohortId;
import dk.bif.core.exam.AttemptsExhaustedException;
import dk.bif.core.exam.Grade;
import dk.bif.core.exam.InvalidGradeException;
import dk.bif.core.gradebook.GradeKey;
import dk.bif.core.gradebook.OutboxEntry;
import dk.bif.core.gradebook.OutboxState;
import dk.bif.core.people.EmployeeId;
import dk.bif.core.people.Employees;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ExamServiceTest {

  private static final LocalDate HIRED = LocalDate.of(2025, 1, 6);
  private static final EmployeeId E1 = EmployeeId.of("e1");
  private static final GradeKey DEL1_OF_E1 = new GradeKey(E1, PartId.BIF_DEL_1);
  private InMemoryProgramme bif;

  @BeforeEach
  void enrolAndAttendDel1() {
    enrolAndAttendDel1(Employees.permanent("e1", "JC-Amager", HIRED));
  }

  private void enrolAndAttendDel1(dk.bif.core.people.Employee employee) {
    bif = new InMemoryProgramme(HIRED.plusDays(20));
    bif.employees.save(employee);
    bif.enrolment.enrol(E1, PartId.BIF_DEL_1, CohortId.of("h1"), LocalDate.of(2025, 3, 3));
    for (int d = 1; d <= 9; d++) {
      bif.attendance.recordAttendance(E1, PartId.BIF_DEL_1, Session.teachingDay(d));
    }
    for (int s = 1; s <= 5; s++) {
      bif.attendance.recordAttendance(E1, PartId.BIF_DEL_1, Session.studyGroup(s));
    }
  }

  /** A bachelor with nine years' experience: diploma level, so the six-year deadline applies. */
  private static dk.bif.core.people.Employee diplomaParticipant(String id) {
    var employee = Employees.permanent(id, "JC-Amager", HIRED);
    employee.recordEducation(
        new dk.bif.core.people.Education(
            dk.bif.core.people.EducationLevel.BACHELOR, LocalDate.of(2010, 6, 30)));
    employee.recordWorkExperience(
        new dk.bif.core.people.WorkExperience(
            new dk.bif.core.people.DateRange(LocalDate.of(2011, 1, 1), LocalDate.of(2020, 1, 1)),
            "jobkonsulent"));
    return employee;
  }

  private void on(int month, int day) {
    bif.clock.set(LocalDate.of(2025, month, day));
  }

  @Test
  void aFourthGradedAttemptIsRefusedEvenAfterSicknessAndWithdrawal() {
    on(4, 1);
    bif.exams.grade(E1, PartId.BIF_DEL_1, "00");
    on(5, 1);
    bif.exams.recordSickness(E1, PartId.BIF_DEL_1, "lægeerklæring");
    on(5, 15);
    bif.exams.recordNoShow(E1, PartId.BIF_DEL_1);
    on(6, 1);
    bif.exams.recordWithdrawal(E1, PartId.BIF_DEL_1, "KP studieadministration");
    on(6, 15);
    ExamResult third = bif.exams.grade(E1, PartId.BIF_DEL_1, "-3");
    assertThat(third.attemptsUsed()).isEqualTo(3);
    assertThat(third.attemptsLeft()).isZero();

    on(7, 1);
    assertThatThrownBy(() -> bif.exams.grade(E1, PartId.BIF_DEL_1, "7"))
        .isInstanceOfSatisfying(
            AttemptsExhaustedException.class, e -> assertThat(e.attemptsUsed()).isEqualTo(3));
  }

  private void failThreeTimes() {
    on(4, 1);
    bif.exams.grade(E1, PartId.BIF_DEL_1, "00");
    on(6, 1);
    bif.exams.recordNoShow(E1, PartId.BIF_DEL_1);
    on(8, 1);
    bif.exams.grade(E1, PartId.BIF_DEL_1, "-3");
  }

  @Test
  void noSittingIsAcceptedOnceAllThreeAttemptsAreUsedNotEvenSickness() {
    failThreeTimes();
    on(9, 1);

    assertThatThrownBy(() -> bif.exams.recordSickness(E1, PartId.BIF_DEL_1, "lægeerklæring"))
        .isInstanceOf(AttemptsExhaustedException.class)
        .hasMessageContaining("no further sitting is accepted");
    assertThatThrownBy(() -> bif.exams.recordWithdrawal(E1, PartId.BIF_DEL_1, "KP"))
        .isInstanceOf(AttemptsExhaustedException.class);
  }

  @Test
  void allThreeAttemptsUsedIsTheStatusAndTheParticipantIsNotPlannedAgain() {
    // given three attempts used, and the participant withdrawn from the cohort
    failThreeTimes();
    bif.enrolment.withdraw(E1, PartId.BIF_DEL_1, "dumpet tre gange");
    on(9, 1);

    // then the status says so with what happens next, and no new cohort takes them
    assertThat(bif.enrolment.statuses(E1).get(PartId.BIF_DEL_1))
        .isInstanceOfSatisfying(
            dk.bif.core.enrolment.PartStatus.AllAttemptsUsed.class,
            s -> {
              assertThat(s.lastSittingOn()).isEqualTo(LocalDate.of(2025, 8, 1));
              assertThat(s.nextStep().english()).contains("coordinator");
            });
    assertThat(bif.enrolment.candidates(PartId.BIF_DEL_1)).isEmpty();
    assertThatThrownBy(
            () ->
                bif.enrolment.enrol(
                    E1, PartId.BIF_DEL_1, CohortId.of("h9"), LocalDate.of(2025, 10, 1)))
        .isInstanceOf(EnrolmentRefusedException.class)
        .hasMessageContaining("AllAttemptsUsed");
  }

  @Test
  void theSixYearWarningStopsOnceAllAttemptsAreUsed() {
    // given a diploma participant near the deadline
    enrolAndAttendDel1(diplomaParticipant("e1"));
    on(4, 1);
    bif.exams.grade(E1, PartId.BIF_DEL_1, "00");
    bif.clock.set(LocalDate.of(2030, 9, 2));
    assertThat(bif.exams.completionWarning(E1)).isPresent();

    // when the last two attempts are used
    bif.exams.recordNoShow(E1, PartId.BIF_DEL_1);
    bif.exams.grade(E1, PartId.BIF_DEL_1, "00");

    // then
    assertThat(bif.exams.completionWarning(E1)).isEmpty();
  }

  @Test
  void aGradeInAnotherSpellingThanTheScalesIsRefusedWithTheAcceptedList() {
    on(4, 1);

    assertThatThrownBy(() -> bif.exams.grade(E1, PartId.BIF_DEL_1, "07"))
        .isInstanceOfSatisfying(
            InvalidGradeException.class, e -> assertThat(e.given()).isEqualTo("07"))
        .hasMessageContaining("accepted: 12, 10, 7, 4, 02 (or 2), 00 (or 0), -3");
    assertThat(bif.exams.grade(E1, PartId.BIF_DEL_1, "2").attempt().grade()).contains(Grade.TWO);
  }

  @Test
  void sicknessIsRecordedWithoutUsingAnAttempt() {
    on(4, 1);
    ExamResult sick = bif.exams.recordSickness(E1, PartId.BIF_DEL_1, "lægeerklæring");

    assertThat(sick.attemptsUsed()).isZero();
    assertThat(sick.award()).isEmpty();
  }

  @Test
  void aFailEarnsNoAward() {
    on(4, 1);
    assertThat(bif.exams.grade(E1, PartId.BIF_DEL_1, "00").award()).isEmpty();
  }

  @Test
  void theCompletionDeadlineWarnsSixMonthsBeforeSixYears() {
    // a diploma participant (no education recorded makes a kursist, so record one)
    bif = new InMemoryProgramme(HIRED.plusDays(20));
    bif.employees.save(diplomaParticipant("e2"));
    EmployeeId e2 = EmployeeId.of("e2");
    bif.enrolment.enrol(e2, PartId.BIF_DEL_1, CohortId.of("h1"), LocalDate.of(2025, 3, 3));

    bif.clock.set(LocalDate.of(2030, 9, 1));
    assertThat(bif.exams.completionWarning(e2)).isEmpty();
    bif.clock.set(LocalDate.of(2030, 9, 2));
    assertThat(bif.exams.completionWarning(e2))
        .hasValueSatisfying(w -> assertThat(w.deadline()).isEqualTo(LocalDate.of(2031, 3, 2)));
  }

  @Test
  void enrollingInAPartThatIsNotDueIsRefusedWithItsStatus() {
    assertThatThrownBy(
            () ->
                bif.enrolment.enrol(
                    E1, PartId.BIF_DEL_2, CohortId.of("h2"), LocalDate.of(2025, 3, 3)))
        .isInstanceOfSatisfying(
            EnrolmentRefusedException.class,
            e -> assertThat(e.getMessage()).contains("NotYetEligible").contains("comes first"));
  }

  @Test
  void aGradedSittingQueuesAFinalGradeDueNow() {
    on(4, 1);
    bif.exams.grade(E1, PartId.BIF_DEL_1, "7");

    OutboxEntry queued = bif.gradeOutbox.find(DEL1_OF_E1).orElseThrow();
    assertThat(queued.state()).isEqualTo(OutboxState.PENDING);
    assertThat(queued.grade().grade()).contains(Grade.SEVEN);
    assertThat(queued.grade().finalGrade()).isTrue();
    assertThat(queued.grade().sittingOn()).isEqualTo(LocalDate.of(2025, 4, 1));
    assertThat(queued.nextAttemptAt()).isEqualTo(bif.clock.instant());
    assertThat(queued.scoreTimestamp()).isEqualTo(bif.clock.instant());
  }

  @Test
  void sicknessQueuesAnUngradedNoteThatIsNotFinal() {
    on(4, 1);
    bif.exams.recordSickness(E1, PartId.BIF_DEL_1, "lægeerklæring");

    OutboxEntry queued = bif.gradeOutbox.find(DEL1_OF_E1).orElseThrow();
    assertThat(queued.grade().grade()).isEmpty();
    assertThat(queued.grade().finalGrade()).isFalse();
    assertThat(queued.grade().note()).isEqualTo("Dokumenteret sygdom");
  }

  @Test
  void aLaterSittingSupersedesTheQueuedGradeOneWholeSecondLaterAtLeast() {
    on(4, 1);
    bif.exams.grade(E1, PartId.BIF_DEL_1, "00");
    OutboxEntry first = bif.gradeOutbox.find(DEL1_OF_E1).orElseThrow();

    bif.exams.grade(E1, PartId.BIF_DEL_1, "4");

    OutboxEntry second = bif.gradeOutbox.find(DEL1_OF_E1).orElseThrow();
    assertThat(second.version()).isEqualTo(first.version() + 1);
    assertThat(second.grade().grade()).contains(Grade.FOUR);
    assertThat(second.scoreTimestamp()).isEqualTo(first.scoreTimestamp().plusSeconds(1));
  }

  @Test
  void aRefusedGradeQueuesNothing() {
    on(4, 1);
    assertThatThrownBy(() -> bif.exams.grade(E1, PartId.BIF_DEL_1, "5"))
        .isInstanceOf(InvalidGradeException.class);

    assertThat(bif.gradeOutbox.find(DEL1_OF_E1)).isEmpty();
  }
}
