package dk.bif.core.competence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.bif.core.inmemory.InMemoryRatingRepository;
import dk.bif.core.people.CentreId;
import dk.bif.core.people.EmployeeId;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Steps 1–3 of the competence tool on a centre of five. */
class GapAnalysisTest {

  static final LocalDate DAY = LocalDate.of(2021, 3, 1);
  static final Clock CLOCK =
      Clock.fixed(DAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
  static final EmployeeId LEADER = EmployeeId.of("leder");

  private final CompetenceFramework framework = BifFramework.fagligheder2017();
  private final InMemoryRatingRepository ratings = new InMemoryRatingRepository();
  private final CompetenceAssessment assessment =
      new CompetenceAssessment(framework, ratings, EvidenceMapping.bifThemes());
  private final ProfileMatchPolicy policy = ProfileMatchPolicy.standard(framework.scale());

  @Test
  void anEmployeeMatchesAProfileWhenHalfItsCompetencesRoundedUpAreProficient() {
    // given: virksomheder has 3 competences, so 2 are required
    rate("anna", "virksomheder.1", 3);
    rate("anna", "virksomheder.2", 4);
    rate("bo", "virksomheder.1", 3);
    rate("bo", "virksomheder.2", 2);
    Profile profile = framework.profile(BifFramework.VIRKSOMHEDER).orElseThrow();

    // when
    ProfileMatch anna = policy.match(levels("anna"), profile);
    ProfileMatch bo = policy.match(levels("bo"), profile);

    // then
    assertThat(anna.required()).isEqualTo(2);
    assertThat(anna.matches()).isTrue();
    assertThat(anna.distance()).isZero();
    assertThat(bo.matches()).isFalse();
    assertThat(bo.distance()).isEqualTo(1);
    assertThat(bo.toDevelop()).containsExactly(CompetenceId.of("virksomheder.2"));
  }

  @Test
  void anUnratedCompetenceCountsAsZeroInTheDistance() {
    Profile profile = framework.profile(BifFramework.KOORDINATION).orElseThrow();

    ProfileMatch nobody = policy.match(levels("carl"), profile);

    assertThat(nobody.required()).isEqualTo(1);
    assertThat(nobody.distance()).isEqualTo(framework.scale().proficientRank());
  }

  @Test
  void theSituationSetsMatchingStaffAgainstTheNeedAndRanksTheNearestEmployees() {
    // given: step 1, a need of 2 employees with the company profile in a centre of 5
    CentreNeed need =
        new CentreNeed(
            CentreId.of("JC-Test"),
            5,
            Map.of(BifFramework.VIRKSOMHEDER, new ProfileNeed.HeadCount(3)));
    rate("anna", "virksomheder.1", 3);
    rate("anna", "virksomheder.2", 3);
    rate("bo", "virksomheder.1", 3);
    rate("bo", "virksomheder.2", 2);
    rate("carl", "virksomheder.1", 1);
    rate("dorte", "virksomheder.1", 2);
    rate("dorte", "virksomheder.3", 3);
    List<EmployeeCompetences> staff =
        List.of(levels("anna"), levels("bo"), levels("carl"), levels("dorte"), levels("eva"));

    // when: steps 2 and 3
    CompetenceSituation situation = new GapAnalysis(framework, policy, CLOCK).analyse(need, staff);

    // then
    ProfileSituation companies = situation.profile(BifFramework.VIRKSOMHEDER).orElseThrow();
    assertThat(companies.needed()).isEqualTo(3);
    assertThat(companies.matching()).containsExactly(EmployeeId.of("anna"));
    assertThat(companies.gap()).isEqualTo(2);
    assertThat(companies.candidates())
        .extracting(m -> m.employee().value())
        .containsExactly("bo", "dorte");
    assertThat(companies.nearest()).extracting(ProfileMatch::distance).containsExactly(1, 1, 5, 6);
    assertThat(situation.profile(BifFramework.UDVIKLING).orElseThrow().gap()).isZero();
    assertThat(situation.asOf()).isEqualTo(DAY);
    assertThat(situation.totalGap()).isEqualTo(2);
  }

  @Test
  void aNeedNamingAProfileOutsideTheFrameworkIsRefused() {
    CentreNeed need =
        new CentreNeed(
            CentreId.of("JC-Test"), 5, Map.of(ProfileId.of("jura"), new ProfileNeed.HeadCount(1)));

    assertThatThrownBy(() -> new GapAnalysis(framework, policy, CLOCK).analyse(need, List.of()))
        .hasMessageContaining("'jura'");
  }

  @Test
  void aRatingOffTheScaleOrOfAnUnknownCompetenceIsRefused() {
    assertThatThrownBy(() -> rate("anna", "virksomheder.1", 5)).hasMessageContaining("1..4");
    assertThatThrownBy(() -> rate("anna", "jura.1", 2)).hasMessageContaining("jura.1");
    assertThat(ratings.ratedEmployees()).isEmpty();
  }

  private void rate(String employee, String competence, int level) {
    assessment.rate(
        Rating.byLeader(
            EmployeeId.of(employee), CompetenceId.of(competence), level, LEADER, DAY, ""));
  }

  private EmployeeCompetences levels(String employee) {
    return assessment.currentLevels(EmployeeId.of(employee), List.of());
  }
}
