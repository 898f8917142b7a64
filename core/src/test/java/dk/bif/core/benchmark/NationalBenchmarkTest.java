package dk.bif.core.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.bif.core.competence.BifFramework;
import dk.bif.core.competence.NeedBand;
import org.junit.jupiter.api.Test;

class NationalBenchmarkTest {

  private final NationalBenchmark survey = NationalBenchmark.survey2017();

  @Test
  void theSurveyHoldsTheAppendixFiguresForEverySixProfiles() {
    assertThat(survey.respondents()).isEqualTo(52);
    assertThat(survey.municipalities()).isEqualTo(49);
    assertThat(survey.profiles())
        .extracting(ProfileBenchmark::profile)
        .containsExactlyElementsOf(BifFramework.PROFESSIONAL_PROFILES);
    assertThat(survey.profiles())
        .extracting(p -> p.importance().veryImportant())
        .containsExactly(88, 67, 65, 62, 69, 48);
    assertThat(survey.profiles())
        .extracting(p -> p.expectedNeed().more())
        .containsExactly(71, 58, 60, 62, 31, 54);
    ProfileBenchmark udvikling = survey.profile(BifFramework.UDVIKLING).orElseThrow();
    assertThat(udvikling.current().in(NeedBand.UNDER_5)).isEqualTo(21);
    assertThat(udvikling.ideal().in(NeedBand.OVER_20)).isEqualTo(48);
  }

  @Test
  void aCentreSeesHowManyHeadsReportAHigherOrLowerBand() {
    BandDistribution current = survey.profile(BifFramework.VIRKSOMHEDER).orElseThrow().current();

    assertThat(current.above(NeedBand.FROM_10_TO_15)).isEqualTo(48 + 19);
    assertThat(current.below(NeedBand.FROM_10_TO_15)).isEqualTo(15 + 6);
    assertThat(current.mostCommon()).isEqualTo(NeedBand.OVER_20);
  }

  @Test
  void aDistributionFarFromAHundredPercentIsRefusedWithItsSum() {
    assertThatThrownBy(() -> BandDistribution.of(50, 10, 10, 10, 10))
        .hasMessageContaining("sum to 90%");
    assertThatThrownBy(() -> new Importance(101, 0, 0, 0)).hasMessageContaining("0..100");
  }
}
