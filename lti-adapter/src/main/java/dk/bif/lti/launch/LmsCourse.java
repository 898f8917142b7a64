package dk.bif.lti.launch;

import dk.bif.lti.registration.Deployment;
import java.util.Objects;
import java.util.Optional;

/**
 * A course as one LMS deployment knows it. LTI Core §5.4.1: the context id is unique within the
 * deployment.
 *
 * @param deployment the deployment (issuer, client_id, deployment_id)
 * @param contextId the launch's {@code context.id}
 */
public record LmsCourse(Deployment deployment, String contextId) {
  public LmsCourse {
    Objects.requireNonNull(deployment, "deployment");
    Objects.requireNonNull(contextId, "contextId");
  }

  /**
   * The course the launch came from.
   *
   * @param launch a validated launch
   * @return the course, or empty when the launch has no context
   */
  public static Optional<LmsCourse> of(LtiLaunch launch) {
    return launch.context().map(c -> new LmsCourse(launch.deployment(), c.id()));
  }
}
