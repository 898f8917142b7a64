package dk.bif.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.bif.core.curriculum.PartId;
import dk.bif.core.enrolment.CohortId;
import dk.bif.core.goals.FeedbackPhase;
import dk.bif.core.goals.LearningGoal;
import dk.bif.core.goals.LearningGoalRefusedException;
import dk.bif.core.people.Employee;
import dk.bif.core.people.EmployeeId;
import dk.bif.core.people.Employees;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LearningGoalServiceTest {

  private static final LocalDate HIRED = LocalDate.of(2025, 1, 6);
  private static final EmployeeId E1 = EmployeeId.of("e1");
  private static final EmployeeId BOSS = EmployeeId.of("boss");
  private static final List<LearningGoal> GOALS = List.of(LearningGoal.of("Bedre match"));
  private InMemoryProgramme bif;

  @BeforeEach
  void setUp() {
    bif = new InMemoryProgramme(HIRED.plusDays(10));
    Employee employee = Employees.permanent("e1", "JC-Amager", HIRED);
    employee.reportTo(BOSS);
    bif.employees.save(employee);
  }

  @Test
  void onlyTheEmployeesLeaderCanAgreeGoals() {
    assertThatThrownBy(() -> bif.goals.agree(E1, EmployeeId.of("someone"), PartId.BIF_DEL_1, GOALS))
        .isInstanceOf(LearningGoalRefusedException.class)
        .hasMessageContaining("boss is");
  }

  @Test
  void goalsCannotBeAgreedOnceThePartHasStarted() {
    bif.enrolment.enrol(E1, PartId.BIF_DEL_1, CohortId.of("h1"), LocalDate.of(2025, 3, 3));
    bif.clock.set(LocalDate.of(2025, 3, 3));

    assertThatThrownBy(() -> bif.goals.agree(E1, BOSS, PartId.BIF_DEL_1, GOALS))
        .isInstanceOf(LearningGoalRefusedException.class)
        .hasMessageContaining("before the part starts");
  }

  @Test
  void feedbackNeedsAgreedGoalsFromTheSameLeader() {
    assertThatThrownBy(
            () -> bif.goals.recordFeedback(E1, BOSS, PartId.BIF_DEL_1, FeedbackPhase.DURING, "x"))
        .hasMessageContaining("no goals agreed yet");

    bif.goals.agree(E1, BOSS, PartId.BIF_DEL_1, GOALS);

    assertThatThrownBy(
            () ->
                bif.goals.recordFeedback(
                    E1, EmployeeId.of("other"), PartId.BIF_DEL_1, FeedbackPhase.DURING, "x"))
        .hasMessageContaining("agreed with boss");
    assertThat(
            bif.goals
                .recordFeedback(E1, BOSS, PartId.BIF_DEL_1, FeedbackPhase.DURING, "godt")
                .feedback())
        .hasSize(1);
  }

  @Test
  void feedbackCannotComeBeforeThePartStarts() {
    bif.goals.agree(E1, BOSS, PartId.BIF_DEL_1, GOALS);
    bif.enrolment.enrol(E1, PartId.BIF_DEL_1, CohortId.of("h1"), LocalDate.of(2025, 3, 3));

    assertThatThrownBy(
            () -> bif.goals.recordFeedback(E1, BOSS, PartId.BIF_DEL_1, FeedbackPhase.DURING, "x"))
        .isInstanceOf(LearningGoalRefusedException.class)
        .hasMessageContaining("starts on 2025-03-03");

    bif.clock.set(LocalDate.of(2025, 3, 10));
    assertThat(
            bif.goals
                .recordFeedback(E1, BOSS, PartId.BIF_DEL_1, FeedbackPhase.DURING, "godt i gang")
                .feedback())
        .hasSize(1);
  }
}
