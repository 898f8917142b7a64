package dk.bif.tool.deeplink;

import dk.bif.core.curriculum.PartId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the picker page shows for one deep-linking launch.
 *
 * @param token the one-time token the form must send back
 * @param choices the activities offered first: those of the course's part and those of no part;
 *     empty when the platform accepts no resource links
 * @param others the other parts' activities, offered only on request (behind "vis mere")
 * @param part the course's part the choices were sorted by, carried in the form so that the picker
 *     shown again sorts the same way
 * @param multiple whether several may be chosen ({@code accept_multiple})
 * @param autoCreate whether the platform creates them at once ({@code auto_create}), so the page
 *     says that there is no further confirmation
 */
public record PickerView(
    String token,
    List<LinkableActivity> choices,
    List<LinkableActivity> others,
    Optional<PartId> part,
    boolean multiple,
    boolean autoCreate) {
  public PickerView {
    Objects.requireNonNull(token, "token");
    choices = List.copyOf(choices);
    others = List.copyOf(others);
    Objects.requireNonNull(part, "part");
  }
}
