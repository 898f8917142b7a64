package dk.bif.lti.testkit;

import java.util.Objects;
import java.util.Optional;

/**
 * One request to the platform's Dynamic Registration endpoint, accepted or refused.
 *
 * @param status the status the platform answered with
 * @param clientId the client id given to the tool, when the registration was accepted
 * @param deploymentId the deployment made of it, when accepted
 * @param requestBody the tool's configuration as posted (JSON text), for assertions
 * @param error why it was refused; empty when accepted
 */
public record DynamicRegistrationCall(
    int status,
    Optional<String> clientId,
    Optional<String> deploymentId,
    String requestBody,
    String error) {

  /** Checks that nothing is null. */
  public DynamicRegistrationCall {
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(deploymentId, "deploymentId");
    Objects.requireNonNull(requestBody, "requestBody");
    Objects.requireNonNull(error, "error");
  }

  /** Whether the tool was registered. */
  public boolean accepted() {
    return clientId.isPresent();
  }
}
