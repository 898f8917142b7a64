package dk.bif.lti.deeplink;

import dk.bif.lti.launch.DeepLinkingSettings;
import dk.bif.lti.launch.LtiLaunch;
import dk.bif.lti.registration.Deployment;
import java.util.Objects;

/**
 * What a deep-linking launch leaves behind while the teacher chooses: all the signed answer needs,
 * and nothing about the teacher.
 *
 * @param deployment the deployment the request came through (issuer, client_id, deployment_id)
 * @param settings the request's deep linking settings (return URL, accepted types, data)
 */
public record PendingDeepLink(Deployment deployment, DeepLinkingSettings settings) {
  public PendingDeepLink {
    Objects.requireNonNull(deployment, "deployment");
    Objects.requireNonNull(settings, "settings");
  }

  /**
   * @param launch a validated deep-linking launch
   * @return what the answer to it needs
   * @throws IllegalArgumentException when the launch is not a deep-linking request
   */
  public static PendingDeepLink of(LtiLaunch launch) {
    return new PendingDeepLink(
        launch.deployment(),
        launch
            .deepLinking()
            .orElseThrow(() -> new IllegalArgumentException("not a deep-linking launch")));
  }
}
