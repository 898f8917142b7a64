package dk.bif.tool.pages.arrival;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The teacher's "what is this link?" page.
 *
 * @param sent what the placement's {@code bif_activity} said, when it named something unknown
 * @param choices the activities to choose from, in the picker's order (copied)
 */
public record PlacementView(Optional<String> sent, List<ActivityChoice> choices) {
  public PlacementView {
    Objects.requireNonNull(sent, "sent");
    choices = List.copyOf(choices);
  }
}
