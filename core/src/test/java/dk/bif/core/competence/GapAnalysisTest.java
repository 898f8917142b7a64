package dk.bif.core.competence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.bif.core.people.CentreId;
import dk.bif.core.people.EmployeeId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Steps 1–3 of the competence tool on a centre of five. */
class GapAnalysisTest {

  private final RatedStaff staff = new RatedStaff();
  private final CompetenceFramework framework = staff.framework();
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
    CompetenceSituation situation =
        new GapAnalysis(framework, policy, RatedStaff.CLOCK).analyse(need, staff);

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
    assertThat(situation.asOf()).isEqualTo(RatedStaff.DAY);
    // and every one of the five needs the basic competences, which nobody holds yet
    assertThat(situation.profile(BifFramework.BASIS).orElseThrow().gap()).isEqualTo(5);
    assertThat(situation.totalGap()).isEqualTo(2 + 5);
  }

  @Test
  void aNeedNamingAProfileOutsideTheFrameworkIsRefused() {
    CentreNeed need =
        new CentreNeed(
            CentreId.of("JC-Test"), 5, Map.of(ProfileId.of("jura"), new ProfileNeed.HeadCount(1)));

    assertThatThrownBy(
            () -> new GapAnalysis(framework, policy, RatedStaff.CLOCK).analyse(need, List.of()))
        .hasMessageContaining("'jura'");
  }

  @Test
  void aRatingOffTheScaleOrOfAnUnknownCompetenceIsRefused() {
    assertThatThrownBy(() -> rate("anna", "virksomheder.1", 5)).hasMessageContaining("1..4");
    assertThatThrownBy(() -> rate("anna", "jura.1", 2)).hasMessageContaining("jura.1");
    assertThat(staff.ratings().ratedEmployees()).isEmpty();
  }

  private void rate(String employee, String competence, int level) {
    staff.rate(employee, competence, level);
  }

  private EmployeeCompetences levels(String employee) {
    return staff.levels(employee);
  }
}
