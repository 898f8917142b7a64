package dk.bif.lti.launch;

import dk.bif.lti.registration.DeploymentId;
import dk.bif.lti.registration.RegistrationKey;
import java.util.Objects;
import java.util.Optional;

/**
 * What the login promised about the launch that follows it, read back from the login state.
 *
 * @param registration the registration the login selected
 * @param nonce the nonce the login sent to the platform
 * @param targetLinkUri the target_link_uri of the login
 * @param deploymentId the lti_deployment_id of the login, when the platform sent one
 */
public record LaunchExpectation(
    RegistrationKey registration,
    String nonce,
    String targetLinkUri,
    Optional<DeploymentId> deploymentId) {
  public LaunchExpectation {
    Objects.requireNonNull(registration, "registration");
    Objects.requireNonNull(nonce, "nonce");
    Objects.requireNonNull(targetLinkUri, "targetLinkUri");
    Objects.requireNonNull(deploymentId, "deploymentId");
  }
}
