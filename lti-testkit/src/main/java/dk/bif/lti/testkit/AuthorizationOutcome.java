package dk.bif.lti.testkit;

import java.time.Instant;
import java.util.Objects;

/**
 * What the authorization endpoint did with one authentication request.
 *
 * @param at platform clock time
 * @param clientId the {@code client_id} sent, or empty
 * @param error empty when an id_token was posted; otherwise the OIDC error code ({@code
 *     invalid_request}, {@code unauthorized_client}, {@code login_required}, ...)
 * @param description what exactly was wrong, naming the parameter
 */
public record AuthorizationOutcome(Instant at, String clientId, String error, String description) {
  /** Checks every field. */
  public AuthorizationOutcome {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(error, "error");
    Objects.requireNonNull(description, "description");
  }

  /** Whether an id_token was posted. */
  public boolean granted() {
    return error.isEmpty();
  }
}
