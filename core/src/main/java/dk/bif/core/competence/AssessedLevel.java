package dk.bif.core.competence;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An employee's current level of one competence, as the {@link CurrentLevelPolicy} decides it.
 *
 * @param competence the competence
 * @param level the rank on the proficiency scale, at least 1
 * @param source where the level comes from
 * @param asOf the date of the rating or of the passed exam it rests on
 */
public record AssessedLevel(
    CompetenceId competence, int level, LevelSource source, LocalDate asOf) {
  public AssessedLevel {
    Objects.requireNonNull(competence, "competence");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(asOf, "asOf");
    if (level < 1) {
      throw new IllegalArgumentException("an assessed level starts at 1; got " + level);
    }
  }
}
