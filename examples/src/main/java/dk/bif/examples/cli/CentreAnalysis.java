package dk.bif.examples.cli;

import dk.bif.core.catalogue.CatalogueEntryId;
import dk.bif.core.catalogue.DevelopmentPlan;
import dk.bif.core.catalogue.DevelopmentPlanner;
import dk.bif.core.catalogue.DueDatePolicy;
import dk.bif.core.catalogue.InitiativeRanking;
import dk.bif.core.competence.CompetenceFramework;
import dk.bif.core.competence.CompetenceSituation;
import dk.bif.core.competence.GapAnalysis;
import dk.bif.core.competence.ProfileMatch;
import dk.bif.core.competence.ProfileMatchPolicy;
import dk.bif.core.people.EmployeeId;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The four steps run over a centre folder: the situation (steps 1–3) and the plans (step 4). */
record CentreAnalysis(
    CompetenceFramework framework,
    CompetenceSituation situation,
    List<DevelopmentPlan> plans,
    InitiativeRanking ranking,
    Map<EmployeeId, Set<CatalogueEntryId>> completed) {

  /** The ranked initiatives that would close one candidate's distance (step 4, before choosing). */
  List<InitiativeRanking.RankedInitiative> options(ProfileMatch candidate) {
    return ranking.rank(
        Set.copyOf(candidate.toDevelop()), completed.getOrDefault(candidate.employee(), Set.of()));
  }

  static CentreAnalysis run(Path folder, CompetenceFramework framework, Clock clock)
      throws InputException {
    CentreData data = CentreData.read(folder, framework);
    CompetenceSituation situation =
        new GapAnalysis(framework, ProfileMatchPolicy.standard(framework.scale()), clock)
            .analyse(data.need(), data.staff());
    InitiativeRanking ranking = new InitiativeRanking(framework, data.catalogue());
    List<DevelopmentPlan> plans =
        new DevelopmentPlanner(ranking, DueDatePolicy.standard()).plan(situation, data.completed());
    return new CentreAnalysis(framework, situation, plans, ranking, data.completed());
  }
}
