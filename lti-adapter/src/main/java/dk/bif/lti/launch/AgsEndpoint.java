package dk.bif.lti.launch;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The Assignment and Grade Services endpoint claim (AGS 2.0 §3.1).
 *
 * @param scopes the scopes the platform grants
 * @param lineItems the line items container URL
 * @param lineItem the line item bound to this resource link, when there is one
 */
public record AgsEndpoint(List<String> scopes, Optional<URI> lineItems, Optional<URI> lineItem) {
  public AgsEndpoint {
    scopes = List.copyOf(scopes);
    Objects.requireNonNull(lineItems, "lineItems");
    Objects.requireNonNull(lineItem, "lineItem");
  }
}
