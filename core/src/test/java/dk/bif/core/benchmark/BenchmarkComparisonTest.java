package dk.bif.core.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import dk.bif.core.competence.BifFramework;
import dk.bif.core.competence.CompetenceSituation;
import dk.bif.core.competence.NeedBand;
import dk.bif.core.competence.ProfileSituation;
import dk.bif.core.people.CentreId;
import dk.bif.core.people.EmployeeId;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BenchmarkComparisonTest {

  @Test
  void aCentreIsPlacedInTheSurveyBandsForNowAndForItsNeed() {
    // given: 100 staff, 12 match the company profile, 25 are needed; basis is not in the survey
    List<EmployeeId> twelve = IntStream.range(0, 12).mapToObj(i -> EmployeeId.of("e" + i)).toList();
    CompetenceSituation situation =
        new CompetenceSituation(
            CentreId.of("JC-Test"),
            100,
            100,
            LocalDate.of(2021, 3, 1),
            List.of(
                new ProfileSituation(BifFramework.BASIS, 0, List.of(), List.of()),
                new ProfileSituation(BifFramework.VIRKSOMHEDER, 25, twelve, List.of())));

    // when
    List<ProfileComparison> comparisons =
        new BenchmarkComparison(NationalBenchmark.survey2017()).compare(situation);

    // then
    assertThat(comparisons).hasSize(1);
    ProfileComparison companies = comparisons.get(0);
    assertThat(companies.centreNow()).isEqualTo(NeedBand.FROM_10_TO_15);
    assertThat(companies.centreNeed()).isEqualTo(NeedBand.OVER_20);
    assertThat(companies.headsSameNow()).isEqualTo(12);
    assertThat(companies.headsBelowNow()).isEqualTo(15 + 6);
    assertThat(companies.headsSameIdeal()).isEqualTo(74);
  }
}
