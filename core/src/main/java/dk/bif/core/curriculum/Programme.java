package dk.bif.core.curriculum;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A programme: its parts in the order they are taken, and its main goals.
 *
 * @param id the programme's id
 * @param name the programme's name, never blank
 * @param parts the parts in the order taken; at least one, ids unique (copied)
 * @param mainGoals the main goals, numbered 1, 2, … in order (copied; may be empty)
 */
public record Programme(ProgrammeId id, String name, List<Part> parts, List<MainGoal> mainGoals) {
  public Programme {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    parts = List.copyOf(parts);
    mainGoals = List.copyOf(mainGoals);
    if (name.isBlank()) {
      throw new IllegalArgumentException("programme " + id + " needs a name");
    }
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("programme " + id + " needs at least one part");
    }
    var seen = new HashSet<PartId>();
    for (Part part : parts) {
      if (!seen.add(part.id())) {
        throw new IllegalArgumentException(
            "programme " + id + " lists part " + part.id() + " twice");
      }
    }
    for (int i = 0; i < mainGoals.size(); i++) {
      if (mainGoals.get(i).number() != i + 1) {
        throw new IllegalArgumentException(
            "programme "
                + id
                + ": main goal "
                + (i + 1)
                + " is numbered "
                + mainGoals.get(i).number());
      }
    }
  }

  /**
   * @param partId a part's id
   * @return the part, or empty when this programme has none with that id
   */
  public Optional<Part> part(PartId partId) {
    return parts.stream().filter(p -> p.id().equals(partId)).findFirst();
  }
}
