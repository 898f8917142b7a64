package dk.bif.lti.launch;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The deep linking settings claim (Deep Linking 2.0 §4.4.1).
 *
 * @param returnUrl where the tool posts its response
 * @param acceptTypes the content item types the platform accepts
 * @param data opaque data to send back unchanged
 * @param acceptMultiple whether the platform takes more than one item (absent: false)
 * @param acceptLineItem whether the platform creates a line item sent with a resource link (absent:
 *     false)
 * @param autoCreate whether the platform creates the items without asking the user again (absent:
 *     false)
 */
public record DeepLinkingSettings(
    URI returnUrl,
    List<String> acceptTypes,
    Optional<String> data,
    boolean acceptMultiple,
    boolean acceptLineItem,
    boolean autoCreate) {
  public DeepLinkingSettings {
    Objects.requireNonNull(returnUrl, "returnUrl");
    acceptTypes = List.copyOf(acceptTypes);
    Objects.requireNonNull(data, "data");
  }

  /**
   * Settings with the optional flags absent (false).
   *
   * @param returnUrl where the tool posts its response
   * @param acceptTypes the content item types the platform accepts
   * @param data opaque data to send back unchanged
   */
  public DeepLinkingSettings(URI returnUrl, List<String> acceptTypes, Optional<String> data) {
    this(returnUrl, acceptTypes, data, false, false, false);
  }
}
