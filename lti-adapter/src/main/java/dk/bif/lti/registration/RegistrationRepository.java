package dk.bif.lti.registration;

import java.util.List;
import java.util.Optional;

/**
 * Port: where the tool keeps its platform registrations. Implementations must be thread-safe; the
 * launch path only reads.
 */
public interface RegistrationRepository {

  /**
   * Finds one registration.
   *
   * @param key (issuer, client_id)
   * @return the registration, or empty when there is none
   */
  Optional<PlatformRegistration> find(RegistrationKey key);

  /**
   * All registrations of one issuer, used when a login initiation omits {@code client_id}.
   *
   * @param issuer the issuer
   * @return the registrations in no particular order, possibly empty
   */
  List<PlatformRegistration> findByIssuer(Issuer issuer);

  /**
   * Every registration, e.g. to allow the registered platforms to frame the tool's pages.
   *
   * @return the registrations in no particular order, possibly empty
   */
  List<PlatformRegistration> all();

  /**
   * Adds or replaces the registration with the same key.
   *
   * @param registration the registration to store
   */
  void save(PlatformRegistration registration);

  /**
   * Removes a registration: the platform's logins and launches are refused from then on.
   *
   * @param key (issuer, client_id)
   * @return whether there was one to remove
   */
  boolean remove(RegistrationKey key);

  /**
   * Finds a deployment by (issuer, client_id, deployment_id).
   *
   * @param key the registration
   * @param id the deployment id
   * @return the deployment, or empty when the registration or the deployment is unknown
   */
  default Optional<Deployment> findDeployment(RegistrationKey key, DeploymentId id) {
    return find(key).flatMap(registration -> registration.deployment(id));
  }
}
