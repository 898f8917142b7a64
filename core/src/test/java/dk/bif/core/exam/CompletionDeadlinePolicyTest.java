package dk.bif.core.exam;

import static org.assertj.core.api.Assertions.assertThat;

import dk.bif.core.admission.Level;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CompletionDeadlinePolicyTest {

  private static final LocalDate START = LocalDate.of(2020, 2, 1);
  private final CompletionDeadlinePolicy policy = new CompletionDeadlinePolicy();

  @Test
  void noWarningLongBeforeTheSixYearDeadline() {
    assertThat(policy.check(Level.DIPLOM, START, LocalDate.of(2025, 7, 30))).isEmpty();
  }

  @Test
  void warnsSixMonthsBeforeTheSixYearDeadline() {
    var warning = policy.check(Level.AKADEMI, START, LocalDate.of(2025, 7, 31));

    assertThat(warning).isPresent();
    assertThat(warning.get().deadline()).isEqualTo(LocalDate.of(2026, 1, 31));
    assertThat(warning.get().passed()).isFalse();
  }

  @Test
  void warnsThatTheDeadlineHasPassed() {
    var warning = policy.check(Level.DIPLOM, START, LocalDate.of(2026, 2, 1));

    assertThat(warning).hasValueSatisfying(w -> assertThat(w.passed()).isTrue());
    assertThat(warning.get().message()).contains("has passed");
  }

  @Test
  void aKursistHasNoDeadline() {
    assertThat(policy.check(Level.KURSIST, START, LocalDate.of(2030, 1, 1))).isEmpty();
  }
}
