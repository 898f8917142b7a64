package dk.bif.lti.testkit;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One request to the token endpoint and its answer.
 *
 * @param at platform clock time
 * @param clientId the client named by the assertion, or empty when unreadable
 * @param scopes the scopes granted (empty when refused)
 * @param status the HTTP status
 * @param error the OAuth error code and description, or empty on success
 */
public record TokenEndpointCall(
    Instant at, String clientId, List<String> scopes, int status, String error) {
  /** Checks and copies. */
  public TokenEndpointCall {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(clientId, "clientId");
    scopes = List.copyOf(scopes);
    Objects.requireNonNull(error, "error");
  }

  /** Whether a token was issued. */
  public boolean granted() {
    return status == 200;
  }
}
