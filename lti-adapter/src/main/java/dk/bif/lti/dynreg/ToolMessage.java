package dk.bif.lti.dynreg;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One message the tool accepts, as its configuration declares it ({@code messages} of the {@code
 * lti-tool-configuration} claim, LTI DR 1.0 §3.5.2).
 *
 * @param type e.g. {@code LtiResourceLinkRequest}, {@code LtiDeepLinkingRequest}
 * @param targetLinkUri where this message lands, when it differs from the tool's target link URI
 * @param label the label the LMS shows
 * @param placements where the LMS offers it, e.g. {@code ContentArea}
 * @param customParameters custom parameters the LMS sends with this message (substitution variables
 *     such as {@code $Person.sourcedId} allowed)
 */
public record ToolMessage(
    String type,
    Optional<URI> targetLinkUri,
    Optional<String> label,
    List<String> placements,
    Map<String, String> customParameters) {

  /** Checks and copies. */
  public ToolMessage {
    Objects.requireNonNull(type, "type");
    if (type.isBlank()) throw new IllegalArgumentException("type must not be blank");
    Objects.requireNonNull(targetLinkUri, "targetLinkUri");
    Objects.requireNonNull(label, "label");
    placements = List.copyOf(placements);
    customParameters = Map.copyOf(customParameters);
  }
}
