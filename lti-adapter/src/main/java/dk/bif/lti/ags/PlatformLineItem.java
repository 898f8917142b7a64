package dk.bif.lti.ags;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * A line item (gradebook column) as the platform serves it (AGS 2.0 §3.2).
 *
 * @param id its URL, as the platform gave it (Moodle's carry a query string)
 * @param label the column title
 * @param scoreMaximum the maximum score
 * @param resourceLinkId the placement it is bound to, if any
 * @param resourceId the tool's id for the activity, if any
 * @param tag the tool's tag, if any
 */
public record PlatformLineItem(
    URI id,
    String label,
    double scoreMaximum,
    Optional<String> resourceLinkId,
    Optional<String> resourceId,
    Optional<String> tag) {
  public PlatformLineItem {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(resourceLinkId, "resourceLinkId");
    Objects.requireNonNull(resourceId, "resourceId");
    Objects.requireNonNull(tag, "tag");
  }

  /**
   * The scores endpoint: the line item's path plus {@code /scores}, then its query unchanged (AGS
   * 2.0 §3.4; appending to the whole URL breaks Moodle's {@code ?type_id=1}).
   *
   * @param lineItem a line item URL
   * @return its scores URL
   */
  public static URI scoresOf(URI lineItem) {
    String path = lineItem.getRawPath() == null ? "" : lineItem.getRawPath().replaceAll("/+$", "");
    return URI.create(
        lineItem.getScheme()
            + "://"
            + lineItem.getRawAuthority()
            + path
            + "/scores"
            + (lineItem.getRawQuery() == null ? "" : "?" + lineItem.getRawQuery()));
  }
}
