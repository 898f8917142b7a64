package dk.bif.lti.oidc;

import dk.bif.lti.launch.LaunchExpectation;
import dk.bif.lti.registration.DeploymentId;
import dk.bif.lti.registration.RegistrationKey;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A login waiting for its launch, kept under its state.
 *
 * @param state the state sent to the platform
 * @param registration the registration the login selected
 * @param nonce the nonce sent to the platform, bound to this state
 * @param targetLinkUri the login's target_link_uri
 * @param deploymentId the login's lti_deployment_id, when sent
 * @param browserBinding the secret set in the browser's cookie; the launch must present it
 * @param expiresAt when the login stops being usable
 * @param storageTarget the login's {@code lti_storage_target}: the frame where the platform keeps
 *     the state and nonce for a browser that refuses the binding cookie; empty when the platform
 *     offered no storage
 */
public record PendingLogin(
    String state,
    RegistrationKey registration,
    String nonce,
    String targetLinkUri,
    Optional<DeploymentId> deploymentId,
    String browserBinding,
    Instant expiresAt,
    Optional<String> storageTarget) {
  public PendingLogin {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(registration, "registration");
    Objects.requireNonNull(nonce, "nonce");
    Objects.requireNonNull(targetLinkUri, "targetLinkUri");
    Objects.requireNonNull(deploymentId, "deploymentId");
    Objects.requireNonNull(browserBinding, "browserBinding");
    Objects.requireNonNull(expiresAt, "expiresAt");
    Objects.requireNonNull(storageTarget, "storageTarget");
    storageTarget.ifPresent(PlatformStorage::requireFrameName);
  }

  /** A login without platform storage (the binding cookie only). */
  public PendingLogin(
      String state,
      RegistrationKey registration,
      String nonce,
      String targetLinkUri,
      Optional<DeploymentId> deploymentId,
      String browserBinding,
      Instant expiresAt) {
    this(
        state,
        registration,
        nonce,
        targetLinkUri,
        deploymentId,
        browserBinding,
        expiresAt,
        Optional.empty());
  }

  /** What the launch must match. */
  public LaunchExpectation expectation() {
    return new LaunchExpectation(registration, nonce, targetLinkUri, deploymentId);
  }

  /** The name of the cookie that binds this login to the browser. */
  public String cookieName() {
    return cookieName(state);
  }

  /**
   * The name of the cookie that binds the login with {@code state} to the browser: one cookie per
   * login, so two launches in two frames do not overwrite each other.
   *
   * @param state the state
   * @return the cookie name
   */
  public static String cookieName(String state) {
    return "lti_state_" + state;
  }
}
