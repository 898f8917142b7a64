package dk.bif.lti.http;

import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One HTTP request to a platform.
 *
 * @param method the HTTP method, upper case
 * @param uri the absolute target
 * @param headers request headers (one value each)
 * @param body the body for POST and PUT
 */
public record OutboundRequest(
    String method, URI uri, Map<String, String> headers, Optional<String> body) {
  public OutboundRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(uri, "uri");
    if (!uri.isAbsolute()) throw new IllegalArgumentException("uri must be absolute: " + uri);
    headers = Map.copyOf(headers);
    Objects.requireNonNull(body, "body");
  }

  /**
   * A GET request.
   *
   * @param uri the absolute target
   * @param headers request headers
   * @return the request
   */
  public static OutboundRequest get(URI uri, Map<String, String> headers) {
    return new OutboundRequest("GET", uri, headers, Optional.empty());
  }
}
