package dk.bif.core.competence;

import dk.bif.core.curriculum.PartId;
import java.util.Objects;
import java.util.Set;

/**
 * One theme of a programme part and the competences it builds.
 *
 * @param part the part that teaches the theme
 * @param theme the theme's title in Danish (as in the sources) and English
 * @param competences the competences the theme covers, at least one
 */
public record ThemeCoverage(PartId part, LocalizedText theme, Set<CompetenceId> competences) {
  public ThemeCoverage {
    Objects.requireNonNull(part, "part");
    Objects.requireNonNull(theme, "theme");
    competences = Set.copyOf(Objects.requireNonNull(competences, "competences"));
    if (competences.isEmpty()) {
      throw new IllegalArgumentException(
          "theme '" + theme.da() + "' of " + part + " covers no competence");
    }
  }
}
