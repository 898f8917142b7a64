package dk.bif.lti.dynreg;

import java.util.Objects;
import java.util.Optional;

/**
 * What the platform answered to the tool's registration (LTI DR 1.0 §3.6).
 *
 * @param clientId the client id the platform gave the tool
 * @param deploymentId the deployment it made, when it made one at once (Moodle, Brightspace); a
 *     platform that deploys later (Canvas) names none here
 * @param scope the scopes granted, space-separated, as the platform answered
 * @param platform the platform's configuration the registration was made against
 */
public record RegisteredTool(
    String clientId, Optional<String> deploymentId, String scope, PlatformConfiguration platform) {

  /** Checks that nothing is null. */
  public RegisteredTool {
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(deploymentId, "deploymentId");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(platform, "platform");
  }
}
