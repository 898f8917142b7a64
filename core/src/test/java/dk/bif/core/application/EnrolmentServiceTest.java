package dk.bif.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.bif.core.attendance.Session;
import dk.bif.core.curriculum.PartId;
import dk.bif.core.enrolment.CohortId;
import dk.bif.core.enrolment.PartStatus;
import dk.bif.core.exam.NotEnrolledException;
import dk.bif.core.people.Employee;
import dk.bif.core.people.EmployeeId;
import dk.bif.core.people.Employees;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

class EnrolmentServiceTest {

  private static final LocalDate TODAY = LocalDate.of(2025, 3, 1);

  @Test
  void theLeaderModuleIsDoneOnceItsOneDayIsAttended() {
    // given a new leader enrolled in the leader module
    InMemoryProgramme bif = new InMemoryProgramme(TODAY);
    Employee leader = Employees.permanent("boss", "JC-Amager", LocalDate.of(2015, 1, 1));
    leader.appointLeader(LocalDate.of(2025, 2, 1));
    bif.employees.save(leader);
    bif.enrolment.enrol(
        leader.id(), PartId.BIF_LEADER_MODULE, CohortId.of("lm-1"), LocalDate.of(2025, 3, 10));
    assertThat(bif.enrolment.statuses(leader.id()).get(PartId.BIF_LEADER_MODULE))
        .isInstanceOf(PartStatus.Due.class);

    // when the day is attended
    bif.clock.set(LocalDate.of(2025, 3, 10));
    bif.attendance.recordAttendance(leader.id(), PartId.BIF_LEADER_MODULE, Session.teachingDay(1));

    // then
    assertThat(bif.enrolment.statuses(leader.id()).get(PartId.BIF_LEADER_MODULE))
        .isInstanceOf(PartStatus.Done.class);
    assertThat(bif.examRecords.find(leader.id(), PartId.BIF_LEADER_MODULE)).isEmpty();
  }

  @Test
  void enrollingInAPartThatIsNotRequiredIsRefusedWithTheReason() {
    InMemoryProgramme bif = new InMemoryProgramme(TODAY);
    bif.employees.save(Employees.temporary("t1", TODAY.minusDays(10), Period.ofMonths(4)));

    assertThatThrownBy(
            () ->
                bif.enrolment.enrol(
                    EmployeeId.of("t1"), PartId.BIF_DEL_1, CohortId.of("h1"), TODAY.plusDays(30)))
        .isInstanceOfSatisfying(
            EnrolmentRefusedException.class,
            e -> assertThat(e.status()).isInstanceOf(PartStatus.NotRequired.class))
        .hasMessageContaining("not more than 6 months");
  }

  @Test
  void aWithdrawnParticipantKeepsTheEnrolmentInactiveAndIsACandidateAgain() {
    // given a new employee enrolled in Del 1 with one teaching day attended
    InMemoryProgramme bif = new InMemoryProgramme(TODAY);
    bif.employees.save(Employees.permanent("e1", "JC-Amager", TODAY.minusDays(20)));
    EmployeeId e1 = EmployeeId.of("e1");
    bif.enrolment.enrol(e1, PartId.BIF_DEL_1, CohortId.of("h1"), TODAY);
    bif.attendance.recordAttendance(e1, PartId.BIF_DEL_1, Session.teachingDay(1));
    bif.clock.set(TODAY.plusDays(3));

    // when they leave the cohort
    var withdrawn = bif.enrolment.withdraw(e1, PartId.BIF_DEL_1, "barselsorlov");

    // then the enrolment stays, inactive with day and reason, and its attendance is kept
    assertThat(withdrawn.active()).isFalse();
    assertThat(bif.enrolmentRepository.find(e1, PartId.BIF_DEL_1).orElseThrow().withdrawal())
        .hasValueSatisfying(
            w -> {
              assertThat(w.on()).isEqualTo(TODAY.plusDays(3));
              assertThat(w.reason()).isEqualTo("barselsorlov");
            });
    assertThat(bif.attendanceRepository.find(e1, CohortId.of("h1"))).isPresent();
    // and the part is due, so they are planned again
    assertThat(bif.enrolment.candidates(PartId.BIF_DEL_1))
        .extracting(c -> c.employee().value())
        .contains("e1");
    // and withdrawing again keeps the first withdrawal
    bif.clock.set(TODAY.plusDays(9));
    assertThat(bif.enrolment.withdraw(e1, PartId.BIF_DEL_1, "anden grund").withdrawal())
        .isEqualTo(withdrawn.withdrawal());
  }

  @Test
  void aReinstatedParticipantIsActiveInTheSameCohortAndNoLongerACandidate() {
    InMemoryProgramme bif = new InMemoryProgramme(TODAY);
    bif.employees.save(Employees.permanent("e1", "JC-Amager", TODAY.minusDays(20)));
    EmployeeId e1 = EmployeeId.of("e1");
    bif.enrolment.enrol(e1, PartId.BIF_DEL_1, CohortId.of("h1"), TODAY);
    bif.enrolment.withdraw(e1, PartId.BIF_DEL_1, "fjernet fra LMS-kurset");

    var back = bif.enrolment.reinstate(e1, PartId.BIF_DEL_1);

    assertThat(back.active()).isTrue();
    assertThat(back.cohort()).isEqualTo(CohortId.of("h1"));
    assertThat(bif.enrolment.candidates(PartId.BIF_DEL_1)).isEmpty();
  }

  @Test
  void withdrawingSomeoneNotEnrolledIsRefused() {
    InMemoryProgramme bif = new InMemoryProgramme(TODAY);

    assertThatThrownBy(
            () -> bif.enrolment.withdraw(EmployeeId.of("e1"), PartId.BIF_DEL_1, "fjernet"))
        .isInstanceOf(NotEnrolledException.class);
  }

  @Test
  void anUnknownEmployeeIsRefusedByName() {
    InMemoryProgramme bif = new InMemoryProgramme(TODAY);

    assertThatThrownBy(() -> bif.enrolment.statuses(EmployeeId.of("ghost")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'ghost'");
  }

  @Test
  void attendanceForSomeoneNotEnrolledIsRefused() {
    InMemoryProgramme bif = new InMemoryProgramme(TODAY);
    bif.employees.save(Employees.permanent("e1", "JC-Amager", TODAY));

    assertThatThrownBy(
            () ->
                bif.attendance.recordAttendance(
                    EmployeeId.of("e1"), PartId.BIF_DEL_1, Session.teachingDay(1)))
        .isInstanceOf(NotEnrolledException.class);
  }

  @Test
  void onlyTheDueAndNotYetEnrolledAreCandidates() {
    InMemoryProgramme bif = new InMemoryProgramme(TODAY);
    bif.employees.save(Employees.permanent("e1", "JC-Amager", TODAY.minusDays(20)));
    bif.employees.save(Employees.permanent("e2", "JC-Valby", TODAY.minusDays(20)));
    bif.employees.save(Employees.temporary("t1", TODAY.minusDays(20), Period.ofMonths(3)));
    bif.enrolment.enrol(EmployeeId.of("e2"), PartId.BIF_DEL_1, CohortId.of("h1"), TODAY);

    assertThat(bif.enrolment.candidates(PartId.BIF_DEL_1))
        .extracting(c -> c.employee().value())
        .containsExactly("e1");
  }
}
