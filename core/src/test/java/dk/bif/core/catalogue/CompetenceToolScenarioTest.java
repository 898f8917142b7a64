package dk.bif.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import dk.bif.core.competence.BifFramework;
import dk.bif.core.competence.CentreNeed;
import dk.bif.core.competence.CompetenceFramework;
import dk.bif.core.competence.CompetenceId;
import dk.bif.core.competence.CompetenceSituation;
import dk.bif.core.competence.EmployeeCompetences;
import dk.bif.core.competence.GapAnalysis;
import dk.bif.core.competence.NeedBand;
import dk.bif.core.competence.ProfileMatchPolicy;
import dk.bif.core.competence.ProfileNeed;
import dk.bif.core.competence.RatedStaff;
import dk.bif.core.people.CentreId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The four steps of the competence tool, end to end, on a centre of ten. */
class CompetenceToolScenarioTest {

  private final RatedStaff staff = new RatedStaff();
  private final CompetenceFramework framework = staff.framework();
  private final InitiativeRanking ranking =
      new InitiativeRanking(framework, Beskaeftigelseskatalog.examples());

  @Test
  void aCentresGapBecomesDevelopmentPlansWithDueDatesForTheNearestEmployees() {
    // step 1: the centre needs more than 20% with the company profile, 1 coordinator
    CentreNeed need =
        new CentreNeed(
            CentreId.of("JC-Test"),
            10,
            Map.of(
                BifFramework.VIRKSOMHEDER, new ProfileNeed.Band(NeedBand.OVER_20),
                BifFramework.KOORDINATION, new ProfileNeed.HeadCount(1)));
    // ratings: anna matches the company profile; bo and carl are one and two steps away
    rate("anna", "virksomheder.1", 3);
    rate("anna", "virksomheder.2", 3);
    rate("bo", "virksomheder.1", 3);
    rate("bo", "virksomheder.2", 2);
    rate("carl", "virksomheder.3", 2);
    rate("carl", "virksomheder.1", 2);
    List<EmployeeCompetences> employees =
        List.of("anna", "bo", "carl").stream().map(e -> staff.levels(e)).toList();

    // steps 2 and 3
    CompetenceSituation situation =
        new GapAnalysis(framework, ProfileMatchPolicy.standard(framework.scale()), RatedStaff.CLOCK)
            .analyse(need, employees);
    // step 4
    List<DevelopmentPlan> plans =
        new DevelopmentPlanner(ranking, DueDatePolicy.standard()).plan(situation);

    // then: need 3 (>20% of 10), 1 matches, gap 2: bo and carl; coordination gap 1: nearest first
    assertThat(situation.profile(BifFramework.VIRKSOMHEDER).orElseThrow().gap()).isEqualTo(2);
    assertThat(plans).extracting(p -> p.employee().value()).containsExactly("bo", "carl", "anna");
    DevelopmentPlan bo = plans.get(0);
    PlanItem first = bo.items().get(0);
    assertThat(first.entry()).isEqualTo(CatalogueEntryId.of("kp-bif-del-2"));
    assertThat(first.closes()).containsExactly(CompetenceId.of("virksomheder.2"));
    assertThat(first.start()).isEqualTo(RatedStaff.DAY.plusWeeks(8));
    assertThat(first.due()).isEqualTo(RatedStaff.DAY.plusWeeks(8 + 8));
    assertThat(bo.uncovered()).isEmpty();
  }

  @Test
  void anInitiativeTheEmployeeHasCompletedIsNeverProposed() {
    Set<CompetenceId> toDevelop = Set.of(CompetenceId.of("virksomheder.2"));

    List<InitiativeRanking.RankedInitiative> chosen =
        ranking.cover(
            toDevelop, Set.of(Beskaeftigelseskatalog.BIF_DEL_1, Beskaeftigelseskatalog.BIF_DEL_2));

    assertThat(chosen)
        .extracting(r -> r.entry().id().value())
        .containsExactly("ucl-virksomhedsrettet-indsats");
    assertThat(Beskaeftigelseskatalog.entryOf(dk.bif.core.curriculum.PartId.BIF_DEL_2))
        .contains(Beskaeftigelseskatalog.BIF_DEL_2);
  }

  @Test
  void theRankingPrefersMoreCompetencesThenCreditThenTheShorterCourse() {
    // virksomheder.1 and .2 are built by BIF Del 1 (12 weeks), Del 2 (8 weeks) and UCL (16 weeks)
    List<InitiativeRanking.RankedInitiative> ranked =
        ranking.rank(Set.of(CompetenceId.of("virksomheder.1"), CompetenceId.of("virksomheder.2")));

    assertThat(ranked)
        .extracting(r -> r.entry().id().value())
        .containsExactly("kp-bif-del-2", "kp-bif-del-1", "ucl-virksomhedsrettet-indsats");
  }

  @Test
  void aCompetenceNoInitiativeBuildsIsReportedAsUncovered() {
    assertThat(ranking.cover(Set.of(CompetenceId.of("udvikling.1")))).isEmpty();
  }

  private void rate(String employee, String competence, int level) {
    staff.rate(employee, competence, level);
  }
}
