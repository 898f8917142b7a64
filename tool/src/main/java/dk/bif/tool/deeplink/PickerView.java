package dk.bif.tool.deeplink;

import java.util.List;
import java.util.Objects;

/**
 * What the picker page shows for one deep-linking launch.
 *
 * @param token the one-time token the form must send back
 * @param choices the activities offered; empty when the platform accepts no resource links
 * @param multiple whether several may be chosen ({@code accept_multiple})
 * @param autoCreate whether the platform creates them at once ({@code auto_create}), so the page
 *     says that there is no further confirmation
 */
public record PickerView(
    String token, List<LinkableActivity> choices, boolean multiple, boolean autoCreate) {
  public PickerView {
    Objects.requireNonNull(token, "token");
    choices = List.copyOf(choices);
  }
}
