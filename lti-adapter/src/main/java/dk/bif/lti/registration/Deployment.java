package dk.bif.lti.registration;

import java.util.Objects;

/**
 * One deployment, identified by (issuer, client_id, deployment_id).
 *
 * @param registration the registration the deployment belongs to
 * @param id the deployment id, unique within the registration
 */
public record Deployment(RegistrationKey registration, DeploymentId id) {
  public Deployment {
    Objects.requireNonNull(registration, "registration");
    Objects.requireNonNull(id, "id");
  }
}
