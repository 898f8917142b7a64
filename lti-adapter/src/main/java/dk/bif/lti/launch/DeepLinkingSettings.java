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
 */
public record DeepLinkingSettings(URI returnUrl, List<String> acceptTypes, Optional<String> data) {
  public DeepLinkingSettings {
    Objects.requireNonNull(returnUrl, "returnUrl");
    acceptTypes = List.copyOf(acceptTypes);
    Objects.requireNonNull(data, "data");
  }
}
