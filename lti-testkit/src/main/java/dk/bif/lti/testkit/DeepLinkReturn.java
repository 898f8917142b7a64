package dk.bif.lti.testkit;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One deep linking response posted back to the platform.
 *
 * @param at platform clock time
 * @param clientId the tool ({@code iss} of the response), or empty when unreadable
 * @param error empty when accepted; otherwise what was wrong, naming the claim
 * @param contentItems the content items as JSON objects (empty when refused)
 * @param createdLinkIds ids of the resource links the platform created from them
 * @param createdLineItemIds ids of the line items created with them
 * @param message the {@code msg} claim, or empty
 */
public record DeepLinkReturn(
    Instant at,
    String clientId,
    String error,
    List<Map<String, Object>> contentItems,
    List<String> createdLinkIds,
    List<String> createdLineItemIds,
    String message) {
  /** Checks and copies. */
  public DeepLinkReturn {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(error, "error");
    contentItems = List.copyOf(contentItems);
    createdLinkIds = List.copyOf(createdLinkIds);
    createdLineItemIds = List.copyOf(createdLineItemIds);
    Objects.requireNonNull(message, "message");
  }

  /** Whether the response was accepted. */
  public boolean accepted() {
    return error.isEmpty();
  }
}
