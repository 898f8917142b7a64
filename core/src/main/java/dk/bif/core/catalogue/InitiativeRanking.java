package dk.bif.core.catalogue;

import dk.bif.core.competence.CompetenceFramework;
import dk.bif.core.competence.CompetenceId;
import dk.bif.core.competence.Profile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Step 4's ranking rule: which catalogue initiatives close an employee's gap, best first.
 *
 * <ol>
 *   <li>more of the competences still to develop built by the initiative ranks higher;
 *   <li>then a credit-giving initiative before one that is not (the sources value that staff "get
 *       paper on" what they learn, seed 002);
 *   <li>then the shorter span in weeks, so the gap closes sooner;
 *   <li>then the entry id, so the order is stable.
 * </ol>
 *
 * {@link #cover} picks greedily by this order until every competence is built or no initiative
 * builds the rest. Stateless and thread-safe.
 */
public final class InitiativeRanking {

  private final CompetenceFramework framework;
  private final CourseCatalogue catalogue;

  /**
   * @param framework the framework the competences belong to
   * @param catalogue the initiatives; checked against the framework
   * @throws IllegalArgumentException when the catalogue names a profile or competence outside the
   *     framework
   */
  public InitiativeRanking(CompetenceFramework framework, CourseCatalogue catalogue) {
    this.framework = Objects.requireNonNull(framework, "framework");
    this.catalogue = Objects.requireNonNull(catalogue, "catalogue").requireWithin(framework);
  }

  /** The catalogue the initiatives come from. */
  public CourseCatalogue catalogue() {
    return catalogue;
  }

  /**
   * The initiatives that build at least one of {@code toDevelop}, best first.
   *
   * @param toDevelop the competences still to develop
   * @return the ranked initiatives with the competences each builds
   */
  public List<RankedInitiative> rank(Set<CompetenceId> toDevelop) {
    return rank(toDevelop, Set.of());
  }

  /**
   * The initiatives that build at least one of {@code toDevelop}, best first, leaving out those in
   * {@code excluded} (e.g. the ones the employee has already completed).
   *
   * @param toDevelop the competences still to develop
   * @param excluded the initiatives not to propose
   * @return the ranked initiatives with the competences each builds
   */
  public List<RankedInitiative> rank(Set<CompetenceId> toDevelop, Set<CatalogueEntryId> excluded) {
    List<RankedInitiative> ranked = new ArrayList<>();
    for (CatalogueEntry entry : catalogue.entries()) {
      if (excluded.contains(entry.id())) {
        continue;
      }
      List<CompetenceId> built =
          toDevelop.stream()
              .filter(c -> entry.builds(c, profileOf(c)))
              .sorted(Comparator.comparing(CompetenceId::value))
              .toList();
      if (!built.isEmpty()) {
        ranked.add(new RankedInitiative(entry, built));
      }
    }
    ranked.sort(
        Comparator.comparingInt((RankedInitiative r) -> -r.builds().size())
            .thenComparing(r -> !r.entry().creditGiving())
            .thenComparingInt(r -> r.entry().length().weeks())
            .thenComparing(r -> r.entry().id().value()));
    return List.copyOf(ranked);
  }

  /**
   * Picks initiatives in ranked order until {@code toDevelop} is covered.
   *
   * @param toDevelop the competences still to develop
   * @return the chosen initiatives in the order chosen, each with the competences it newly covers
   */
  public List<RankedInitiative> cover(Set<CompetenceId> toDevelop) {
    return cover(toDevelop, Set.of());
  }

  /**
   * Picks initiatives in ranked order until {@code toDevelop} is covered, never one in {@code
   * excluded}.
   *
   * @param toDevelop the competences still to develop
   * @param excluded the initiatives not to propose
   * @return the chosen initiatives in the order chosen, each with the competences it newly covers
   */
  public List<RankedInitiative> cover(Set<CompetenceId> toDevelop, Set<CatalogueEntryId> excluded) {
    Set<CompetenceId> remaining = new LinkedHashSet<>(toDevelop);
    List<RankedInitiative> chosen = new ArrayList<>();
    while (!remaining.isEmpty()) {
      List<RankedInitiative> ranked = rank(remaining, excluded);
      if (ranked.isEmpty()) {
        break;
      }
      RankedInitiative best = ranked.get(0);
      chosen.add(best);
      best.builds().forEach(remaining::remove);
    }
    return List.copyOf(chosen);
  }

  private dk.bif.core.competence.ProfileId profileOf(CompetenceId competence) {
    return framework
        .profileOf(competence)
        .map(Profile::id)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "competence '" + competence + "' is not in " + framework.id()));
  }

  /**
   * One initiative and the competences it builds of those asked for.
   *
   * @param entry the catalogue entry
   * @param builds the competences it builds, by id
   */
  public record RankedInitiative(CatalogueEntry entry, List<CompetenceId> builds) {
    public RankedInitiative {
      Objects.requireNonNull(entry, "entry");
      builds = List.copyOf(builds);
    }
  }
}
