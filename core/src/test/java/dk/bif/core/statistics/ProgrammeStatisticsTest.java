package dk.bif.core.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.bif.core.admission.Level;
import dk.bif.core.curriculum.PartId;
import dk.bif.core.exam.Grade;
import dk.bif.core.people.EmployeeId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProgrammeStatisticsTest {

  private final ProgrammeStatistics statistics = new ProgrammeStatistics(EctsTable.bif());
  private static final List<PartId> PARTS = List.of(PartId.BIF_DEL_1, PartId.BIF_DEL_2);

  @Test
  void participantsPerYearAndPartReproduceTheBriefsTable2018To2020() {
    // given: records with re-exams in the same year and across the new year
    List<ExamSitting> records = BifExamRecords.table2018To2020();

    // when
    ParticipationTable table =
        statistics.participants(records, Year.of(2018), Year.of(2020), PARTS);

    // then
    assertThat(List.of(2018, 2019, 2020))
        .extracting(y -> table.count(Year.of(y), PartId.BIF_DEL_1))
        .containsExactly(277, 176, 254);
    assertThat(List.of(2018, 2019, 2020))
        .extracting(y -> table.count(Year.of(y), PartId.BIF_DEL_2))
        .containsExactly(183, 169, 123);
    assertThat(List.of(2018, 2019, 2020))
        .extracting(y -> table.total(Year.of(y)))
        .containsExactly(460, 345, 377);
  }

  @Test
  void anEmployeeWhoSitsTwiceInAYearCountsOnceAndOneWhoRetakesNextYearCountsInBoth() {
    EmployeeId anna = EmployeeId.of("anna");
    List<ExamSitting> records =
        List.of(
            sitting(anna, LocalDate.of(2019, 3, 1), 1, Grade.MINUS_THREE),
            sitting(anna, LocalDate.of(2019, 12, 1), 2, Grade.ZERO),
            sitting(anna, LocalDate.of(2020, 2, 1), 3, Grade.SEVEN));

    ParticipationTable table =
        statistics.participants(records, Year.of(2019), Year.of(2020), PARTS);

    assertThat(table.count(Year.of(2019), PartId.BIF_DEL_1)).isEqualTo(1);
    assertThat(table.count(Year.of(2020), PartId.BIF_DEL_1)).isEqualTo(1);
  }

  @Test
  void thePassRateIsGivenPerAttempt() {
    EmployeeId a = EmployeeId.of("a");
    EmployeeId b = EmployeeId.of("b");
    List<ExamSitting> records =
        List.of(
            sitting(a, LocalDate.of(2020, 1, 1), 1, Grade.ZERO),
            sitting(a, LocalDate.of(2020, 2, 1), 2, Grade.TWO),
            sitting(b, LocalDate.of(2020, 1, 1), 1, Grade.TWELVE));

    List<AttemptPassRate> rates = statistics.passRateByAttempt(records);

    assertThat(rates).extracting(AttemptPassRate::sat).containsExactly(2, 1, 0);
    assertThat(rates).extracting(AttemptPassRate::passed).containsExactly(1, 1, 0);
    assertThat(rates.get(0).percent()).isEqualTo(50.0);
  }

  @Test
  void ectsAreAwardedByLevelOncePerPassedPartAndNeverToAKursist() {
    List<ExamSitting> records =
        List.of(
            new ExamSitting(
                EmployeeId.of("d"),
                PartId.BIF_DEL_2,
                Level.DIPLOM,
                LocalDate.of(2020, 1, 1),
                1,
                Grade.SEVEN),
            new ExamSitting(
                EmployeeId.of("a"),
                PartId.BIF_DEL_2,
                Level.AKADEMI,
                LocalDate.of(2020, 1, 1),
                1,
                Grade.SEVEN),
            new ExamSitting(
                EmployeeId.of("a"),
                PartId.BIF_DEL_1,
                Level.AKADEMI,
                LocalDate.of(2019, 1, 1),
                1,
                Grade.FOUR),
            new ExamSitting(
                EmployeeId.of("k"),
                PartId.BIF_DEL_1,
                Level.KURSIST,
                LocalDate.of(2020, 1, 1),
                1,
                Grade.TEN),
            new ExamSitting(
                EmployeeId.of("f"),
                PartId.BIF_DEL_1,
                Level.DIPLOM,
                LocalDate.of(2020, 1, 1),
                1,
                Grade.ZERO));

    Map<Level, Integer> ects = statistics.ectsByLevel(records);

    assertThat(ects)
        .containsEntry(Level.DIPLOM, 5)
        .containsEntry(Level.AKADEMI, 20)
        .containsEntry(Level.KURSIST, 0);
  }

  @Test
  void theCostPerParticipantIn2020IsTheBudgetOverTheParticipantsWithAndWithoutTheSubsidy() {
    CostPerParticipant cost = statistics.costPerParticipant(YearBudget.bif2020(), 377);

    assertThat(cost.gross()).isEqualByComparingTo(new BigDecimal("11140.58"));
    assertThat(cost.net()).isEqualByComparingTo(new BigDecimal("9549.07"));
  }

  @Test
  void aFourthAttemptIsRefused() {
    assertThatThrownBy(() -> sitting(EmployeeId.of("a"), LocalDate.of(2020, 1, 1), 4, Grade.TWO))
        .hasMessageContaining("1..3");
  }

  private static ExamSitting sitting(EmployeeId e, LocalDate date, int attempt, Grade grade) {
    return new ExamSitting(e, PartId.BIF_DEL_1, Level.DIPLOM, date, attempt, grade);
  }
}
