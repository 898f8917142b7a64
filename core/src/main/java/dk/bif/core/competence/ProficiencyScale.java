package dk.bif.core.competence;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The levels on which a competence is rated, lowest first, with one level marked as the threshold
 * at which an employee counts as proficient ("kan selvstændigt" on the default scale).
 *
 * <p>The sources give no scale; the default four levels follow the usual Danish competence-profile
 * wording (kender til / kan med støtte / kan selvstændigt / kan lære andre), and a centre may load
 * its own scale with its framework.
 *
 * @param levels the levels, ranked 1..n in order, at least two
 * @param proficientRank the rank from which a rating counts as proficient
 */
public record ProficiencyScale(List<ProficiencyLevel> levels, int proficientRank) {

  /** The rank of the proficient threshold on the {@linkplain #defaultScale() default scale}. */
  public static final int DEFAULT_PROFICIENT_RANK = 3;

  public ProficiencyScale {
    levels = List.copyOf(Objects.requireNonNull(levels, "levels"));
    if (levels.size() < 2) {
      throw new IllegalArgumentException(
          "a proficiency scale needs at least 2 levels; got " + levels.size());
    }
    for (int i = 0; i < levels.size(); i++) {
      if (levels.get(i).rank() != i + 1) {
        throw new IllegalArgumentException(
            "proficiency levels must be ranked 1.."
                + levels.size()
                + " in order; level "
                + (i + 1)
                + " has rank "
                + levels.get(i).rank());
      }
    }
    if (proficientRank < 1 || proficientRank > levels.size()) {
      throw new IllegalArgumentException(
          "the proficient rank must be on the scale 1.."
              + levels.size()
              + "; got "
              + proficientRank);
    }
  }

  /** The default four-level scale with "kan selvstændigt" (rank 3) as the proficient threshold. */
  public static ProficiencyScale defaultScale() {
    return new ProficiencyScale(
        List.of(
            new ProficiencyLevel(1, LocalizedText.of("Kender til", "Is aware of")),
            new ProficiencyLevel(2, LocalizedText.of("Kan med støtte", "Can do with support")),
            new ProficiencyLevel(3, LocalizedText.of("Kan selvstændigt", "Can do independently")),
            new ProficiencyLevel(4, LocalizedText.of("Kan lære andre", "Can teach others"))),
        DEFAULT_PROFICIENT_RANK);
  }

  /** The highest rank. */
  public int maxRank() {
    return levels.size();
  }

  /** The level of {@code rank}, or empty when the rank is not on this scale. */
  public Optional<ProficiencyLevel> level(int rank) {
    return rank >= 1 && rank <= levels.size()
        ? Optional.of(levels.get(rank - 1))
        : Optional.empty();
  }

  /**
   * Checks that {@code rank} is on this scale.
   *
   * @param rank the rank
   * @return the rank
   * @throws IllegalArgumentException naming the rank and the scale's range when it is not
   */
  public int requireOnScale(int rank) {
    if (level(rank).isEmpty()) {
      throw new IllegalArgumentException(
          "level " + rank + " is not on the proficiency scale 1.." + levels.size());
    }
    return rank;
  }

  /** Whether a rating at {@code rank} reaches the proficient threshold. */
  public boolean isProficient(int rank) {
    return rank >= proficientRank;
  }
}
