package dk.bif.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dk.bif.core.curriculum.PartId;
import dk.bif.core.enrolment.CohortId;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvaluationReportingTest {

  static final QuestionId SAMLET = QuestionId.of("samlet");
  static final QuestionId UDBYTTE = QuestionId.of("udbytte");
  static final CohortId H1 = CohortId.of("hold-2020-01");
  static final CohortId H2 = CohortId.of("hold-2020-02");
  static final CohortId H3 = CohortId.of("hold-2020-03");

  private final EvaluationReporting reporting = new EvaluationReporting(EvaluationForm.standard());

  private final List<CohortSitting> sittings =
      List.of(
          new CohortSitting(H1, PartId.BIF_DEL_1, LocalDate.of(2020, 3, 30)),
          new CohortSitting(H2, PartId.BIF_DEL_1, LocalDate.of(2020, 4, 2)),
          new CohortSitting(H2, PartId.BIF_DEL_1, LocalDate.of(2020, 7, 1)), // re-exam
          new CohortSitting(H3, PartId.BIF_DEL_2, LocalDate.of(2020, 6, 30)));

  @Test
  void aQuarterAggregatesTheCohortsThatSatTheExamInThatQuarter() {
    List<EvaluationResponse> responses =
        List.of(r(H1, 4, 5, ""), r(H2, 2, 3, ""), r(H3, 4, 4, ""), r(H3, 5, 5, ""));

    List<QuarterSummary> quarters = reporting.perQuarter(responses, sittings);

    assertThat(quarters)
        .extracting(QuarterSummary::quarter)
        .containsExactly(new Quarter(2020, 1), new Quarter(2020, 2));
    QuarterSummary q2 = quarters.get(1);
    assertThat(q2.cohorts()).containsExactly(H2, H3);
    assertThat(q2.scores().responses()).isEqualTo(3);
    assertThat(q2.scores().means().get(SAMLET))
        .isCloseTo(11 / 3.0, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(q2.scores().overall())
        .hasValueSatisfying(
            v -> assertThat(v).isCloseTo(23 / 6.0, org.assertj.core.data.Offset.offset(1e-9)));
  }

  @Test
  void theHalfYearReportHasBothQuartersTheTotalAndTheCommentsInAnOrderThatRevealsNothing() {
    List<EvaluationResponse> responses =
        List.of(r(H1, 4, 5, "  Gode cases "), r(H3, 2, 3, "Alt for lange dage"), r(H3, 5, 5, ""));

    HalfYearReport report = reporting.halfYear(HalfYear.parse("2020-H1"), responses, sittings);

    assertThat(report.quarters()).hasSize(2);
    assertThat(report.cohortCount()).isEqualTo(3);
    assertThat(report.total().responses()).isEqualTo(3);
    assertThat(report.comments()).containsExactly("Alt for lange dage", "Gode cases");
  }

  @Test
  void aTeacherSeesACohortOnlyFromThreeResponses() {
    List<EvaluationResponse> two = List.of(r(H1, 4, 4, "a"), r(H1, 3, 3, "b"));

    assertThat(reporting.teacherView(H1, two)).isEqualTo(new TeacherView.Withheld(H1, 2, 3));
    TeacherView shown =
        reporting.teacherView(H1, List.of(r(H1, 4, 4, "a"), r(H1, 3, 3, "b"), r(H1, 5, 5, "")));
    assertThat(shown).isInstanceOf(TeacherView.Shown.class);
  }

  @Test
  void eachCohortIsSummarisedOnItsOwnByExamDate() {
    List<CohortSummary> cohorts =
        reporting.perCohort(List.of(r(H1, 4, 4, ""), r(H2, 2, 2, ""), r(H2, 4, 4, "")), sittings);

    assertThat(cohorts).extracting(CohortSummary::cohort).containsExactly(H1, H2, H3);
    assertThat(cohorts.get(1).examDate()).isEqualTo(LocalDate.of(2020, 4, 2));
    assertThat(cohorts.get(1).scores().overall()).contains(3.0);
    assertThat(cohorts.get(2).scores().responses()).isZero();
  }

  @Test
  void aHalfYearWhoseMeanFellByAFifthOfAPointIsFlaggedAsADrop() {
    // given 2019-H2 averaging 4.0 and 2020-H1 averaging 3.8
    CohortId before = CohortId.of("hold-2019-h2");
    List<CohortSitting> withEarlier = new java.util.ArrayList<>(sittings);
    withEarlier.add(new CohortSitting(before, PartId.BIF_DEL_1, LocalDate.of(2019, 11, 20)));
    List<EvaluationResponse> responses =
        List.of(
            r(before, 4, 4, ""),
            r(H1, 4, 4, ""),
            r(H2, 4, 3, ""),
            r(H3, 4, 4, ""),
            r(H3, 4, 4, ""),
            r(H3, 3, 4, ""));

    EvaluationTrend trend =
        reporting.trend(dk.bif.core.evaluation.HalfYear.parse("2020-H1"), responses, withEarlier);
    EvaluationTrend steady =
        reporting.trend(
            dk.bif.core.evaluation.HalfYear.parse("2020-H1"),
            List.of(r(before, 4, 4, ""), r(H1, 4, 4, "")),
            withEarlier);

    assertThat(trend.previous()).isEqualTo(dk.bif.core.evaluation.HalfYear.parse("2019-H2"));
    assertThat(trend.change()).hasValueSatisfying(c -> assertThat(c).isCloseTo(-0.2, within(1e-9)));
    assertThat(trend.drop()).isTrue();
    assertThat(steady.drop()).isFalse();
  }

  @Test
  void aScoreOffTheOneToFiveScaleOrAnUnaskedQuestionIsRefused() {
    assertThatThrownBy(() -> r(H1, 6, 1, "")).hasMessageContaining("1..5");
    EvaluationResponse odd = new EvaluationResponse(H1, Map.of(QuestionId.of("mad"), 3), "");
    assertThatThrownBy(() -> EvaluationForm.standard().requireAnswersOf(odd))
        .hasMessageContaining("'mad'");
    assertThatThrownBy(() -> HalfYear.parse("2020")).hasMessageContaining("2020-H1");
  }

  static EvaluationResponse r(CohortId cohort, int samlet, int udbytte, String text) {
    return new EvaluationResponse(cohort, Map.of(SAMLET, samlet, UDBYTTE, udbytte), text);
  }
}
