package dk.bif.core.competence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.bif.core.people.CentreId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NeedBandTest {

  @ParameterizedTest(name = "{0} of 120 is in band {1}")
  @CsvSource({
    "25,OVER_20",
    "24,FROM_15_TO_20",
    "18,FROM_15_TO_20",
    "17,FROM_10_TO_15",
    "12,FROM_10_TO_15",
    "6,FROM_5_TO_10",
    "5,UNDER_5",
    "0,UNDER_5"
  })
  void aShareFallsInTheSurveyBandWhoseLowerBoundItReaches(int count, NeedBand band) {
    assertThat(NeedBand.of(count, 120)).isEqualTo(band);
  }

  @ParameterizedTest(name = "{0} needs {1} of 120")
  @CsvSource({"OVER_20,25", "FROM_15_TO_20,18", "FROM_10_TO_15,12", "FROM_5_TO_10,6", "UNDER_5,1"})
  void aBandNeedAsksForTheFewestEmployeesThatPutTheCentreInTheBand(NeedBand band, int heads) {
    assertThat(band.minimumHeadCount(120)).isEqualTo(heads);
    assertThat(NeedBand.of(heads, 120)).isIn(band, NeedBand.FROM_5_TO_10);
  }

  @Test
  void aNeedIsABandOrAnExactHeadCountThatMustFitTheStaff() {
    CentreNeed need =
        new CentreNeed(
            CentreId.of("JC-Test"),
            120,
            Map.of(
                BifFramework.VIRKSOMHEDER, new ProfileNeed.Band(NeedBand.OVER_20),
                BifFramework.UDVIKLING, new ProfileNeed.HeadCount(3),
                BifFramework.KOORDINATION, new ProfileNeed.Share(12)));

    assertThat(need.required(BifFramework.VIRKSOMHEDER)).isEqualTo(25);
    assertThat(need.required(BifFramework.UDVIKLING)).isEqualTo(3);
    assertThat(need.required(BifFramework.KOORDINATION)).isEqualTo(15); // 12% of 120 = 14.4
    assertThat(need.required(BifFramework.INTEGRATION)).isZero();
    assertThatThrownBy(
            () ->
                new CentreNeed(
                    CentreId.of("JC-Test"),
                    10,
                    Map.of(BifFramework.UDVIKLING, new ProfileNeed.HeadCount(11))))
        .hasMessageContaining("11")
        .hasMessageContaining("10");
  }

  @Test
  void theSurveysShortFormsParse() {
    assertThat(NeedBand.parse(">20%")).contains(NeedBand.OVER_20);
    assertThat(NeedBand.parse("15–20%")).contains(NeedBand.FROM_15_TO_20);
    assertThat(NeedBand.parse("<5%")).contains(NeedBand.UNDER_5);
    assertThat(NeedBand.parse("lots")).isEmpty();
  }
}
