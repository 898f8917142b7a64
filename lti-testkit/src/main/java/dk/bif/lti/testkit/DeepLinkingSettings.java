package dk.bif.lti.testkit;

import java.util.List;
import java.util.Objects;

/**
 * The {@code deep_linking_settings} a platform sends with an {@code LtiDeepLinkingRequest}. The
 * {@code deep_link_return_url} is the platform's own and is filled in by the platform.
 *
 * @param acceptTypes content item types the platform accepts, e.g. {@code ltiResourceLink}
 * @param acceptPresentationDocumentTargets e.g. {@code iframe}, {@code window}
 * @param acceptMultiple whether several items may be returned
 * @param acceptLineItem whether a line item may be attached to a resource link
 * @param autoCreate whether the platform creates the items without asking the user again
 * @param title default title
 * @param text default text
 * @param data opaque value the tool must echo
 */
public record DeepLinkingSettings(
    List<String> acceptTypes,
    List<String> acceptPresentationDocumentTargets,
    boolean acceptMultiple,
    boolean acceptLineItem,
    boolean autoCreate,
    String title,
    String text,
    String data) {

  /** Checks and copies. */
  public DeepLinkingSettings {
    acceptTypes = List.copyOf(acceptTypes);
    if (acceptTypes.isEmpty()) {
      throw new IllegalArgumentException("acceptTypes must name at least one type");
    }
    acceptPresentationDocumentTargets = List.copyOf(acceptPresentationDocumentTargets);
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(data, "data");
  }

  /**
   * What Moodle sends for a course: resource links only, iframe or window, several items, line
   * items accepted, auto-create.
   *
   * @param data opaque data to be echoed
   * @return the settings
   */
  public static DeepLinkingSettings resourceLinks(String data) {
    return new DeepLinkingSettings(
        List.of("ltiResourceLink"), List.of("iframe", "window"), true, true, true, "", "", data);
  }

  /** A copy with {@code accept_multiple} set. */
  public DeepLinkingSettings withAcceptMultiple(boolean multiple) {
    return new DeepLinkingSettings(
        acceptTypes,
        acceptPresentationDocumentTargets,
        multiple,
        acceptLineItem,
        autoCreate,
        title,
        text,
        data);
  }
}
