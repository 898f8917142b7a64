package dk.bif.tool.pages.leader;

import dk.bif.core.benchmark.NationalBenchmark;
import dk.bif.core.benchmark.ProfileBenchmark;
import dk.bif.core.competence.CentreNeed;
import dk.bif.core.competence.ProfileId;
import dk.bif.core.competence.ProfileNeed;
import dk.bif.core.people.CentreId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the gap chart finds a centre's need for each profile (step 1 of the competence tool).
 * Implementations must be thread-safe.
 */
@FunctionalInterface
public interface CentreNeeds {

  /**
   * @param centre the centre
   * @param staff how many employees the centre has in the staff register, at least 1
   * @return the centre's need, or empty when none is known
   */
  Optional<CentreNeed> need(CentreId centre, int staff);

  /**
   * Needs a centre has stated; other centres have none.
   *
   * @param needs the stated needs by centre
   * @return the lookup
   */
  static CentreNeeds stated(Map<CentreId, CentreNeed> needs) {
    Map<CentreId, CentreNeed> copy = Map.copyOf(needs);
    return (centre, staff) -> Optional.ofNullable(copy.get(centre));
  }

  /**
   * For a centre that has stated no need: the ideal share that most of the surveyed job-centre
   * heads chose for each profile (seed 002, appendix), applied to the centre's staff. An assumption
   * of ours, so that every centre sees a chart; a stated need should replace it.
   *
   * @param survey the national survey
   * @return the lookup
   */
  static CentreNeeds nationalIdeal(NationalBenchmark survey) {
    Objects.requireNonNull(survey, "survey");
    return (centre, staff) -> {
      if (staff < 1) {
        return Optional.empty();
      }
      Map<ProfileId, ProfileNeed> needs = new LinkedHashMap<>();
      for (ProfileBenchmark p : survey.profiles()) {
        needs.put(p.profile(), new ProfileNeed.Band(p.ideal().mostCommon()));
      }
      return Optional.of(new CentreNeed(centre, staff, needs));
    };
  }

  /**
   * @param fallback where to look when this lookup knows no need
   * @return a lookup that tries this one first
   */
  default CentreNeeds orElse(CentreNeeds fallback) {
    Objects.requireNonNull(fallback, "fallback");
    return (centre, staff) -> {
      Optional<CentreNeed> need = need(centre, staff);
      return need.isPresent() ? need : fallback.need(centre, staff);
    };
  }
}
