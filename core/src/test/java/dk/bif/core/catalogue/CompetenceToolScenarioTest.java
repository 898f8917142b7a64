package dk.bif.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import dk.bif.core.admission.AdmissionDecision;
import dk.bif.core.admission.Level;
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
import dk.bif.core.people.EmployeeId;
import dk.bif.core.reason.Reason;
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
                BifFramework.KOORDINATION, new ProfileNeed.HeadCount(1),
                // this centre states that it needs no one with the basic competences yet
                BifFramework.BASIS, new ProfileNeed.HeadCount(0)));
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
        new DevelopmentPlanner(ranking, DueDatePolicy.standard())
            .plan(situation, Map.of(), admitted(Level.DIPLOM, "anna", "bo", "carl"));

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
  void theBasicCompetencesEnterNeedMatchAndGapForEveryEmployee() {
    // given a centre of three that states no need for the basic competences
    CentreNeed need =
        new CentreNeed(
            CentreId.of("JC-Test"),
            3,
            Map.of(BifFramework.VIRKSOMHEDER, new ProfileNeed.HeadCount(1)));
    // anna holds 8 of the 16 basic competences proficiently; bo holds 7
    for (int i = 1; i <= 8; i++) {
      rate("anna", String.format("basis.%02d", i), 3);
      if (i < 8) {
        rate("bo", String.format("basis.%02d", i), 3);
      }
    }

    // when
    CompetenceSituation situation =
        new GapAnalysis(framework, ProfileMatchPolicy.standard(framework.scale()), RatedStaff.CLOCK)
            .analyse(need, List.of(staff.levels("anna"), staff.levels("bo"), staff.levels("carl")));

    // then every employee needs them: need 3, anna matches, gap 2 with bo nearest
    var basics = situation.profile(BifFramework.BASIS).orElseThrow();
    assertThat(basics.needed()).isEqualTo(3);
    assertThat(basics.matching()).extracting(e -> e.value()).containsExactly("anna");
    assertThat(basics.gap()).isEqualTo(2);
    assertThat(basics.candidates())
        .extracting(m -> m.employee().value())
        .containsExactly("bo", "carl");
    assertThat(situation.totalGap()).isEqualTo(2 + 1);
  }

  @Test
  void theDevelopmentPlannerProposesADiplomaModuleOnlyToEmployeesAdmittedAtDiplomaLevel() {
    // given two employees one step from matching the basic competences, where basis.07 is built
    // only by KP's diploma module
    CentreNeed need = new CentreNeed(CentreId.of("JC-Test"), 2, Map.of());
    for (String employee : List.of("dora", "erik")) {
      for (int i = 1; i <= 7; i++) {
        rate(employee, String.format("basis.%02d", i == 7 ? 9 : i), 3);
      }
      rate(employee, "basis.07", 2);
    }
    CompetenceSituation situation =
        new GapAnalysis(framework, ProfileMatchPolicy.standard(framework.scale()), RatedStaff.CLOCK)
            .analyse(need, List.of(staff.levels("dora"), staff.levels("erik")));
    Map<EmployeeId, AdmissionDecision> admitted = new java.util.HashMap<>();
    admitted.putAll(admitted(Level.DIPLOM, "dora"));
    admitted.putAll(admitted(Level.AKADEMI, "erik"));

    // when
    List<DevelopmentPlan> plans =
        new DevelopmentPlanner(ranking, DueDatePolicy.standard())
            .plan(situation, Map.of(), admitted);

    // then dora gets the diploma module; erik is not proposed it and the plan says why
    DevelopmentPlan dora = plans.get(0);
    DevelopmentPlan erik = plans.get(1);
    CatalogueEntryId module = CatalogueEntryId.of("kp-kommunikation-psykisk-syge");
    assertThat(dora.items()).extracting(PlanItem::entry).containsExactly(module);
    assertThat(erik.items()).extracting(PlanItem::entry).doesNotContain(module);
    assertThat(erik.uncovered()).contains(CompetenceId.of("basis.07"));
    assertThat(erik.notAdmitted())
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.entry()).isEqualTo(module);
              assertThat(n.because().english())
                  .contains("needs admission at diploma level")
                  .contains("takes part at academy level");
            });
  }

  @Test
  void aCandidateWithoutAnAdmissionDecisionIsRefused() {
    CentreNeed need = new CentreNeed(CentreId.of("JC-Test"), 1, Map.of());
    CompetenceSituation situation =
        new GapAnalysis(framework, ProfileMatchPolicy.standard(framework.scale()), RatedStaff.CLOCK)
            .analyse(need, List.of(staff.levels("fie")));

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                new DevelopmentPlanner(ranking, DueDatePolicy.standard())
                    .plan(situation, Map.of(), Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no admission decision for fie");
  }

  @Test
  void theCostOfThePlansSumsThePricedInitiativesAndCountsTheOthers() {
    CourseCatalogue catalogue =
        new CourseCatalogue(
            Beskaeftigelseskatalog.examples().entries().stream()
                .map(e -> e.id().equals(Beskaeftigelseskatalog.BIF_DEL_2) ? e.withPrice(11_141) : e)
                .toList());
    DevelopmentPlan plan =
        new DevelopmentPlan(
            EmployeeId.of("bo"),
            RatedStaff.DAY,
            List.of(
                new PlanItem(
                    Beskaeftigelseskatalog.BIF_DEL_2,
                    BifFramework.VIRKSOMHEDER,
                    List.of(),
                    RatedStaff.DAY,
                    RatedStaff.DAY.plusWeeks(8)),
                new PlanItem(
                    Beskaeftigelseskatalog.LAW_COURSE,
                    BifFramework.BASIS,
                    List.of(),
                    RatedStaff.DAY.plusWeeks(8),
                    RatedStaff.DAY.plusWeeks(9))),
            Set.of());

    assertThat(catalogue.costOf(List.of(plan, plan))).isEqualTo(new PlanCost(2, 4, 22_282, 2));
  }

  private static Map<EmployeeId, AdmissionDecision> admitted(Level level, String... employees) {
    Map<EmployeeId, AdmissionDecision> decisions = new java.util.HashMap<>();
    for (String e : employees) {
      decisions.put(
          EmployeeId.of(e),
          new AdmissionDecision(level, Reason.of("admission.kursist.no-education")));
    }
    return decisions;
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
