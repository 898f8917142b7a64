package dk.bif.core.competence;

import java.util.Objects;

/**
 * One step of a {@link ProficiencyScale}.
 *
 * @param rank the step's position, 1 for the lowest; higher is more proficient
 * @param label what the step means, in Danish and English
 */
public record ProficiencyLevel(int rank, LocalizedText label) {
  public ProficiencyLevel {
    Objects.requireNonNull(label, "label");
    if (rank < 1) {
      throw new IllegalArgumentException("a proficiency rank starts at 1; got " + rank);
    }
  }
}
