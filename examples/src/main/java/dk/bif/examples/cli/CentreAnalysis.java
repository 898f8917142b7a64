package dk.bif.examples.cli;

import dk.bif.core.catalogue.DevelopmentPlan;
import dk.bif.core.catalogue.DevelopmentPlanner;
import dk.bif.core.catalogue.DueDatePolicy;
import dk.bif.core.catalogue.InitiativeRanking;
import dk.bif.core.competence.CompetenceFramework;
import dk.bif.core.competence.CompetenceSituation;
import dk.bif.core.competence.GapAnalysis;
import dk.bif.core.competence.ProfileMatchPolicy;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/** The four steps run over a centre folder: the situation (steps 1–3) and the plans (step 4). */
record CentreAnalysis(
    CompetenceFramework framework, CompetenceSituation situation, List<DevelopmentPlan> plans) {

  static CentreAnalysis run(Path folder, CompetenceFramework framework, Clock clock)
      throws InputException {
    CentreData data = CentreData.read(folder, framework);
    CompetenceSituation situation =
        new GapAnalysis(framework, ProfileMatchPolicy.standard(framework.scale()), clock)
            .analyse(data.need(), data.staff());
    List<DevelopmentPlan> plans =
        new DevelopmentPlanner(
                new InitiativeRanking(framework, data.catalogue()), DueDatePolicy.standard())
            .plan(situation, data.completed());
    return new CentreAnalysis(framework, situation, plans);
  }
}
