package dk.bif.core.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.bif.core.curriculum.PartId;
import dk.bif.core.people.EmployeeId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LearningGoalAgreementTest {

  private static final EmployeeId EMPLOYEE = EmployeeId.of("e1");
  private static final EmployeeId LEADER = EmployeeId.of("boss");
  private static final LocalDate STARTS = LocalDate.of(2025, 9, 1);

  private static LearningGoalAgreement agreedOn(LocalDate day) {
    return LearningGoalAgreement.agree(
        EMPLOYEE,
        LEADER,
        PartId.BIF_DEL_1,
        List.of(LearningGoal.of("Holde jobfokuserede samtaler med aktivitetsparate")),
        day,
        Optional.of(STARTS));
  }

  @Test
  void goalsAreAgreedBeforeThePartStarts() {
    LearningGoalAgreement agreement = agreedOn(STARTS.minusDays(14));

    assertThat(agreement.goals()).hasSize(1);
    assertThat(agreement.leader()).isEqualTo(LEADER);
  }

  @Test
  void goalsAgreedOnOrAfterTheStartAreRefused() {
    assertThatThrownBy(() -> agreedOn(STARTS))
        .isInstanceOf(LearningGoalRefusedException.class)
        .hasMessageContaining("before the part starts on 2025-09-01");
  }

  @Test
  void atLeastOneGoalMustBeAgreed() {
    assertThatThrownBy(
            () ->
                LearningGoalAgreement.agree(
                    EMPLOYEE, LEADER, PartId.BIF_DEL_1, List.of(), STARTS, Optional.empty()))
        .isInstanceOf(LearningGoalRefusedException.class)
        .hasMessageContaining("at least one goal");
  }

  @Test
  void feedbackIsRecordedDuringAndAfterThePart() {
    LearningGoalAgreement agreement = agreedOn(STARTS.minusDays(14));

    agreement.recordFeedback(new Feedback(STARTS.plusDays(20), FeedbackPhase.DURING, "God start"));
    agreement.recordFeedback(new Feedback(STARTS.plusDays(90), FeedbackPhase.AFTER, "Målet nået"));

    assertThat(agreement.feedback())
        .extracting(Feedback::phase)
        .containsExactly(FeedbackPhase.DURING, FeedbackPhase.AFTER);
  }

  @Test
  void feedbackCannotPrecedeTheAgreement() {
    LearningGoalAgreement agreement = agreedOn(STARTS.minusDays(14));

    assertThatThrownBy(
            () ->
                agreement.recordFeedback(
                    new Feedback(STARTS.minusDays(30), FeedbackPhase.DURING, "for tidligt")))
        .isInstanceOf(LearningGoalRefusedException.class);
  }
}
