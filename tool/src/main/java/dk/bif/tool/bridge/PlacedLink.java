package dk.bif.tool.bridge;

import dk.bif.lti.launch.LtiLaunch;
import dk.bif.lti.registration.Deployment;
import java.util.Objects;
import java.util.Optional;

/**
 * One placement in an LMS course: a resource link of a deployment (its id is unique within the
 * deployment, LTI Core §5.3.5).
 *
 * @param deployment the deployment (platform and deployment id)
 * @param resourceLinkId the resource link's id as the platform sent it
 */
public record PlacedLink(Deployment deployment, String resourceLinkId) {
  public PlacedLink {
    Objects.requireNonNull(deployment, "deployment");
    Objects.requireNonNull(resourceLinkId, "resourceLinkId");
    if (resourceLinkId.isBlank())
      throw new IllegalArgumentException("a resource link id is needed");
  }

  /**
   * The placement a launch came from.
   *
   * @param launch a validated launch
   * @return the placement, or empty for a launch without a resource link (deep linking)
   */
  public static Optional<PlacedLink> of(LtiLaunch launch) {
    return launch.resourceLink().map(link -> new PlacedLink(launch.deployment(), link.id()));
  }
}
