package dk.bif.lti.deeplink;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One {@code ltiResourceLink} content item of a Deep Linking response (Deep Linking 2.0 §3.4.1):
 * the title the platform shows, the custom parameters every launch of the link carries, and an
 * optional line item the platform creates for it.
 *
 * @param title the link's title, never blank
 * @param custom custom parameters (copied; may be empty)
 * @param lineItem the gradebook column to create with the link, if any
 */
public record ContentItem(String title, Map<String, String> custom, Optional<LineItem> lineItem) {

  /** The content item type for a launchable link. */
  public static final String RESOURCE_LINK = "ltiResourceLink";

  public ContentItem {
    Objects.requireNonNull(title, "title");
    if (title.isBlank()) throw new IllegalArgumentException("a content item needs a title");
    custom = Map.copyOf(custom);
    Objects.requireNonNull(lineItem, "lineItem");
  }

  /**
   * A line item declared with a link (§3.4.1 {@code lineItem}).
   *
   * @param scoreMaximum the maximum score, positive
   * @param label the column's label
   * @param resourceId the tool's id for what is graded
   * @param tag the tool's tag, e.g. {@code final-grade}
   */
  public record LineItem(double scoreMaximum, String label, String resourceId, String tag) {
    public LineItem {
      if (!(scoreMaximum > 0)) {
        throw new IllegalArgumentException("scoreMaximum must be positive, was " + scoreMaximum);
      }
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(resourceId, "resourceId");
      Objects.requireNonNull(tag, "tag");
    }
  }

  /** The item as the response's {@code content_items} entry; the line item only if accepted. */
  Map<String, Object> toClaim(boolean lineItemsAccepted) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("type", RESOURCE_LINK);
    item.put("title", title);
    if (!custom.isEmpty()) item.put("custom", new LinkedHashMap<>(custom));
    lineItem
        .filter(l -> lineItemsAccepted)
        .ifPresent(
            l -> {
              Map<String, Object> li = new LinkedHashMap<>();
              li.put("scoreMaximum", l.scoreMaximum());
              li.put("label", l.label());
              li.put("resourceId", l.resourceId());
              li.put("tag", l.tag());
              item.put("lineItem", li);
            });
    return item;
  }
}
