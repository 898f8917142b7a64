package dk.bif.core.benchmark;

import dk.bif.core.competence.CompetenceSituation;
import dk.bif.core.competence.NeedBand;
import dk.bif.core.competence.ProfileSituation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Sets a centre's competence situation beside the national survey: for each profile the survey
 * asked about, the band of the centre's matching staff and of its need, against the heads' current
 * and ideal distributions. Stateless and thread-safe.
 */
public final class BenchmarkComparison {

  private final NationalBenchmark benchmark;

  /**
   * @param benchmark the national survey
   */
  public BenchmarkComparison(NationalBenchmark benchmark) {
    this.benchmark = Objects.requireNonNull(benchmark, "benchmark");
  }

  /**
   * @param situation the centre's situation (step 3)
   * @return one comparison per profile of the situation that the survey covers, in situation order
   */
  public List<ProfileComparison> compare(CompetenceSituation situation) {
    List<ProfileComparison> comparisons = new ArrayList<>();
    for (ProfileSituation p : situation.profiles()) {
      Optional<ProfileBenchmark> national = benchmark.profile(p.profile());
      if (national.isEmpty()) {
        continue;
      }
      int staff = situation.staff();
      comparisons.add(
          new ProfileComparison(
              p.profile(),
              NeedBand.of(Math.min(p.matchingCount(), staff), staff),
              NeedBand.of(Math.min(p.needed(), staff), staff),
              national.get().current(),
              national.get().ideal()));
    }
    return List.copyOf(comparisons);
  }
}
