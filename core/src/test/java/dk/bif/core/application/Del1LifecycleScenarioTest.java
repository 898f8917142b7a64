package dk.bif.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.bif.core.admission.Level;
import dk.bif.core.attendance.Session;
import dk.bif.core.curriculum.Ects;
import dk.bif.core.curriculum.PartId;
import dk.bif.core.enrolment.CohortPlan;
import dk.bif.core.enrolment.PartStatus;
import dk.bif.core.enrolment.PlannedCohort;
import dk.bif.core.exam.AlreadyPassedException;
import dk.bif.core.exam.Award;
import dk.bif.core.exam.Grade;
import dk.bif.core.exam.InvalidGradeException;
import dk.bif.core.exam.NotEligibleForExamException;
import dk.bif.core.exam.NotEnrolledException;
import dk.bif.core.goals.FeedbackPhase;
import dk.bif.core.goals.LearningGoal;
import dk.bif.core.people.DateRange;
import dk.bif.core.people.Education;
import dk.bif.core.people.EducationLevel;
import dk.bif.core.people.Employee;
import dk.bif.core.people.EmployeeId;
import dk.bif.core.people.Employees;
import dk.bif.core.people.WorkExperience;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A whole story through the real services: hired → Del 1 due → cohort → attendance → exam. */
class Del1LifecycleScenarioTest {

  private static final LocalDate HIRED = LocalDate.of(2025, 1, 6);
  private static final String[] CENTRES = {
    "JC-Amager", "JC-Nørrebro", "JC-Valby", "JC-Bispebjerg", "JC-Vesterbro"
  };

  @Test
  void aNewHireGoesFromDueToCohortToAttendanceToAPassedExam() {
    InMemoryProgramme bif = new InMemoryProgramme(HIRED);
    Employee leader = Employees.permanent("leader", "JC-Amager", LocalDate.of(2015, 1, 1));
    leader.appointLeader(LocalDate.of(2019, 1, 1));
    bif.employees.save(leader);
    // given 25 new hires over five centres; e00 a social worker with years of experience,
    // e01 without a qualifying education
    for (int i = 0; i < 25; i++) {
      Employee hire = Employees.permanent(String.format("e%02d", i), CENTRES[i % 5], HIRED);
      hire.reportTo(leader.id());
      if (i != 1) {
        hire.recordEducation(
            new Education(EducationLevel.PROFESSIONSBACHELOR, LocalDate.of(2015, 6, 30)));
        hire.recordWorkExperience(
            new WorkExperience(
                new DateRange(LocalDate.of(2015, 8, 1), LocalDate.of(2024, 12, 31)),
                "socialrådgiver"));
      }
      bif.employees.save(hire);
    }
    EmployeeId e00 = EmployeeId.of("e00");
    EmployeeId e01 = EmployeeId.of("e01");
    EmployeeId e02 = EmployeeId.of("e02");

    // when a month has passed, Del 1 is due for every new hire
    bif.clock.set(LocalDate.of(2025, 2, 3));
    assertThat(bif.enrolment.statuses(e00).get(PartId.BIF_DEL_1))
        .isEqualTo(
            new PartStatus.Due(
                LocalDate.of(2025, 4, 6),
                bif.enrolment.statuses(e00).get(PartId.BIF_DEL_1).because()));

    // and one cohort gathers them, mixed over the five centres
    CohortPlan plan = bif.enrolment.planCohorts(PartId.BIF_DEL_1, "del1-2025-03");
    assertThat(plan.cohorts()).hasSize(1);
    PlannedCohort cohort = plan.cohorts().get(0);
    assertThat(cohort.participants()).hasSize(25);
    assertThat(cohort.mix().largestShare()).isEqualTo(0.2);
    assertThat(cohort.studyGroups()).allSatisfy(g -> assertThat(g.members()).hasSizeBetween(4, 6));

    // and the leader agrees learning goals with e00 before the start
    bif.goals.agree(
        e00,
        leader.id(),
        PartId.BIF_DEL_1,
        List.of(LearningGoal.of("Gennemføre jobsamtaler med klar retning")));

    // and the cohort is enrolled, each at their admitted level
    LocalDate start = LocalDate.of(2025, 3, 3);
    bif.enrolment.enrolPlanned(cohort, start);
    assertThat(bif.enrolmentRepository.find(e00, PartId.BIF_DEL_1).orElseThrow().level())
        .isEqualTo(Level.DIPLOM);
    assertThat(bif.enrolmentRepository.find(e01, PartId.BIF_DEL_1).orElseThrow().level())
        .isEqualTo(Level.KURSIST);
    assertThat(bif.enrolment.candidates(PartId.BIF_DEL_1)).isEmpty();

    // and attendance is recorded: everyone attends, e01 with one excused day, e02 misses a session
    bif.clock.set(start);
    for (var participant : cohort.participants()) {
      for (int day = 1; day <= 9; day++) {
        bif.attendance.recordAttendance(
            participant.employee(), PartId.BIF_DEL_1, Session.teachingDay(day));
      }
      for (int s = 1; s <= 5; s++) {
        bif.attendance.recordAttendance(
            participant.employee(), PartId.BIF_DEL_1, Session.studyGroup(s));
      }
    }
    bif.attendance.excuseAbsence(e01, PartId.BIF_DEL_1, Session.teachingDay(3), "barn syg");
    bif.attendance.recordAbsence(e02, PartId.BIF_DEL_1, Session.studyGroup(4));
    bif.goals.recordFeedback(
        e00, leader.id(), PartId.BIF_DEL_1, FeedbackPhase.DURING, "Godt i gang");

    // then at the exam e00 passes with ECTS, e01 earns a course certificate, e02 may not sit it
    bif.clock.set(LocalDate.of(2025, 4, 22));
    ExamResult passed = bif.exams.grade(e00, PartId.BIF_DEL_1, "7");
    assertThat(passed.award())
        .contains(new Award.EctsCredit(PartId.BIF_DEL_1, Level.DIPLOM, Ects.of(10), Grade.SEVEN));
    assertThat(passed.attemptsLeft()).isEqualTo(2);
    assertThat(bif.exams.grade(e01, PartId.BIF_DEL_1, "4").award())
        .contains(new Award.CourseCertificate(PartId.BIF_DEL_1, Grade.FOUR));
    assertThatThrownBy(() -> bif.exams.grade(e02, PartId.BIF_DEL_1, "10"))
        .isInstanceOf(NotEligibleForExamException.class)
        .hasMessageContaining("study-group session 4");

    // and Del 1 is done; Del 2 opens about half a year after Del 1 is completed
    var statuses = bif.enrolment.statuses(e00);
    assertThat(statuses.get(PartId.BIF_DEL_1))
        .isInstanceOfSatisfying(
            PartStatus.Done.class,
            s -> assertThat(s.completedOn()).isEqualTo(LocalDate.of(2025, 4, 22)));
    assertThat(statuses.get(PartId.BIF_DEL_1).reason()).isEqualTo("Del 1 completed on 2025-04-22");
    assertThat(statuses.get(PartId.BIF_DEL_2))
        .isInstanceOfSatisfying(
            PartStatus.NotYetEligible.class,
            s -> assertThat(s.eligibleOn()).isEqualTo(LocalDate.of(2025, 10, 22)));

    // and the leader follows up after the part
    bif.goals.recordFeedback(e00, leader.id(), PartId.BIF_DEL_1, FeedbackPhase.AFTER, "Mål nået");
    assertThat(bif.goals.goals(e00, PartId.BIF_DEL_1).orElseThrow().feedback()).hasSize(2);

    // and the illegal moves are refused with reasons
    assertThatThrownBy(() -> bif.exams.grade(e00, PartId.BIF_DEL_1, "12"))
        .isInstanceOf(AlreadyPassedException.class);
    assertThatThrownBy(() -> bif.exams.grade(EmployeeId.of("e03"), PartId.BIF_DEL_1, "5"))
        .isInstanceOfSatisfying(
            InvalidGradeException.class, e -> assertThat(e.given()).isEqualTo("5"));
    assertThatThrownBy(() -> bif.exams.grade(e00, PartId.BIF_DEL_2, "7"))
        .isInstanceOf(NotEnrolledException.class)
        .hasMessageContaining("not enrolled in bif-del-2");
  }
}
