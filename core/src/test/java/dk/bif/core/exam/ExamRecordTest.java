package dk.bif.core.exam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.bif.core.admission.Level;
import dk.bif.core.curriculum.PartId;
import dk.bif.core.people.EmployeeId;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ExamRecordTest {

  private static final LocalDate DAY = LocalDate.of(2025, 6, 1);
  private final ExamAttemptPolicy policy = new ExamAttemptPolicy();
  private final ExamRecord record =
      new ExamRecord(EmployeeId.of("e1"), PartId.BIF_DEL_1, Level.DIPLOM);

  private void sit(int daysLater, ExamOutcome outcome) {
    record.recordAttempt(new ExamAttempt(DAY.plusDays(daysLater), outcome), policy);
  }

  private static ExamOutcome graded(String grade) {
    return new ExamOutcome.Graded(Grade.of(grade));
  }

  @Test
  void aFourthAttemptIsRefusedWithTheAttemptsUsed() {
    sit(0, graded("00"));
    sit(30, graded("-3"));
    sit(60, new ExamOutcome.NoShow());

    assertThatThrownBy(() -> sit(90, graded("7")))
        .isInstanceOfSatisfying(
            AttemptsExhaustedException.class,
            e -> {
              assertThat(e.attemptsUsed()).isEqualTo(3);
              assertThat(e.maxAttempts()).isEqualTo(3);
              assertThat(e.part()).isEqualTo(PartId.BIF_DEL_1);
            })
        .hasMessageContaining("3 of 3");
  }

  @Test
  void aNoShowUsesAnAttempt() {
    sit(0, new ExamOutcome.NoShow());

    assertThat(record.attemptsUsed()).isEqualTo(1);
    assertThat(policy.attemptsLeft(record)).isEqualTo(2);
  }

  @Test
  void documentedSicknessAndApprovedWithdrawalDoNotUseAnAttempt() {
    sit(0, new ExamOutcome.DocumentedSickness("lægeerklæring"));
    sit(10, new ExamOutcome.ApprovedWithdrawal("uddannelseskoordinator"));
    sit(20, graded("00"));
    sit(30, graded("00"));
    sit(40, new ExamOutcome.DocumentedSickness("lægeerklæring"));
    sit(50, graded("4"));

    assertThat(record.attempts()).hasSize(6);
    assertThat(record.attemptsUsed()).isEqualTo(3);
    assertThat(record.pass()).isPresent();
  }

  @Test
  void sicknessMustBeDocumentedToSpareAnAttempt() {
    assertThatThrownBy(() -> new ExamOutcome.DocumentedSickness(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("documented");
  }

  @Test
  void passingTwiceIsRefusedWithTheFirstPass() {
    sit(0, graded("10"));

    assertThatThrownBy(() -> sit(30, graded("12")))
        .isInstanceOfSatisfying(
            AlreadyPassedException.class,
            e -> {
              assertThat(e.passedOn()).isEqualTo(DAY);
              assertThat(e.grade()).isEqualTo(Grade.TEN);
            });
  }

  @Test
  void aSittingCannotBeDatedBeforeTheLastOne() {
    sit(10, graded("00"));

    assertThatThrownBy(() -> sit(0, graded("7"))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aPassAt02PassesAndAt00DoesNot() {
    sit(0, graded("00"));
    assertThat(record.pass()).isEmpty();

    sit(10, graded("02"));
    assertThat(record.pass()).map(ExamAttempt::sittingOn).contains(DAY.plusDays(10));
  }
}
