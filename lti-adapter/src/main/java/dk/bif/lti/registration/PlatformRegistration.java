package dk.bif.lti.registration;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the tool knows about one platform registration.
 *
 * @param key the (issuer, client_id) that identifies the registration
 * @param deploymentIds the deployments the platform has made of the tool; never empty
 * @param authorizationEndpoint the platform's OIDC authorization endpoint, where the login
 *     redirects the browser
 * @param tokenEndpoint the platform's OAuth 2 token endpoint, for service calls
 * @param tokenAudience the audience to put in client assertions when the platform names one that
 *     differs from the token endpoint (Brightspace's "OAuth2 Audience")
 * @param keySource where the platform's public keys come from
 * @param name a label for people, e.g. {@code KP itslearning}; empty when none was given
 */
public record PlatformRegistration(
    RegistrationKey key,
    Set<DeploymentId> deploymentIds,
    URI authorizationEndpoint,
    URI tokenEndpoint,
    Optional<String> tokenAudience,
    PlatformKeySource keySource,
    Optional<String> name) {

  public PlatformRegistration {
    Objects.requireNonNull(key, "key");
    deploymentIds = Set.copyOf(Objects.requireNonNull(deploymentIds, "deploymentIds"));
    if (deploymentIds.isEmpty())
      throw new IllegalArgumentException("registration " + key + " needs at least one deployment");
    requireAbsolute(authorizationEndpoint, "authorizationEndpoint");
    requireAbsolute(tokenEndpoint, "tokenEndpoint");
    Objects.requireNonNull(tokenAudience, "tokenAudience");
    Objects.requireNonNull(keySource, "keySource");
    Objects.requireNonNull(name, "name");
  }

  /**
   * A registration without a name for people.
   *
   * @param key the (issuer, client_id)
   * @param deploymentIds the deployments, at least one
   * @param authorizationEndpoint the OIDC authorization endpoint
   * @param tokenEndpoint the OAuth 2 token endpoint
   * @param tokenAudience the client assertions' audience when it differs from the token endpoint
   * @param keySource where the platform's public keys come from
   */
  public PlatformRegistration(
      RegistrationKey key,
      Set<DeploymentId> deploymentIds,
      URI authorizationEndpoint,
      URI tokenEndpoint,
      Optional<String> tokenAudience,
      PlatformKeySource keySource) {
    this(
        key,
        deploymentIds,
        authorizationEndpoint,
        tokenEndpoint,
        tokenAudience,
        keySource,
        Optional.empty());
  }

  /**
   * The same registration with one more deployment.
   *
   * @param id the deployment to add
   * @return the registration with {@code id} among its deployments
   */
  public PlatformRegistration withDeployment(DeploymentId id) {
    Set<DeploymentId> ids = new java.util.HashSet<>(deploymentIds);
    ids.add(Objects.requireNonNull(id, "id"));
    return new PlatformRegistration(
        key, ids, authorizationEndpoint, tokenEndpoint, tokenAudience, keySource, name);
  }

  private static void requireAbsolute(URI uri, String name) {
    Objects.requireNonNull(uri, name);
    if (!uri.isAbsolute()) throw new IllegalArgumentException(name + " must be absolute: " + uri);
  }

  /** The platform's issuer. */
  public Issuer issuer() {
    return key.issuer();
  }

  /** The client id the platform gave the tool. */
  public ClientId clientId() {
    return key.clientId();
  }

  /** The audience for client assertions: the named token audience, else the token endpoint. */
  public String clientAssertionAudience() {
    return tokenAudience.orElse(tokenEndpoint.toString());
  }

  /**
   * Looks up a deployment of this registration.
   *
   * @param id the deployment id from a login or a launch
   * @return the deployment, or empty when the platform never registered it
   */
  public Optional<Deployment> deployment(DeploymentId id) {
    return deploymentIds.contains(id) ? Optional.of(new Deployment(key, id)) : Optional.empty();
  }
}
