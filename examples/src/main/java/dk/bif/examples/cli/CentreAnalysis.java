package dk.bif.examples.cli;

import dk.bif.core.catalogue.DevelopmentPlan;
import dk.bif.core.catalogue.DevelopmentPlanner;
import dk.bif.core.catalogue.DueDatePolicy;
import dk.bif.core.catalogue.InitiativeRanking;
import dk.bif.core.catalogue.PlanCost;
import dk.bif.core.competence.CompetenceFramework;
import dk.bif.core.competence.CompetenceSituation;
import dk.bif.core.competence.GapAnalysis;
import dk.bif.core.competence.ProfileMatch;
import dk.bif.core.competence.ProfileMatchPolicy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

/**
 * The four steps run over a centre folder: the situation (steps 1–3, the basic competences
 * included) and the development plans (step 4, only initiatives the employees' admission levels let
 * them take), with what the plans cost.
 *
 * @param data the centre's inputs
 * @param framework the framework
 * @param situation steps 1–3
 * @param plans step 4
 * @param cost what the plans cost, from the catalogue's prices
 * @param ranking the step-4 ranking over the catalogue
 */
record CentreAnalysis(
    CentreData data,
    CompetenceFramework framework,
    CompetenceSituation situation,
    List<DevelopmentPlan> plans,
    PlanCost cost,
    InitiativeRanking ranking) {

  /** The ranked initiatives that would close one candidate's distance (step 4, before choosing). */
  List<InitiativeRanking.RankedInitiative> options(ProfileMatch candidate) {
    return ranking.rank(
        Set.copyOf(candidate.toDevelop()),
        data.completed().getOrDefault(candidate.employee(), Set.of()));
  }

  static CentreAnalysis run(Cli cli, Path folder, CompetenceFramework framework, LocalDate asOf) {
    CentreData data = CentreData.read(cli, folder, framework, asOf);
    Clock day = Clock.fixed(asOf.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    CompetenceSituation situation =
        new GapAnalysis(framework, ProfileMatchPolicy.standard(framework.scale()), day)
            .analyse(data.need(), data.staff());
    InitiativeRanking ranking = new InitiativeRanking(framework, data.catalogue());
    List<DevelopmentPlan> plans =
        new DevelopmentPlanner(ranking, DueDatePolicy.standard())
            .plan(situation, data.completed(), data.admitted());
    return new CentreAnalysis(
        data, framework, situation, plans, data.catalogue().costOf(plans), ranking);
  }
}
