package dk.bif.lti.launch;

import dk.bif.lti.registration.Deployment;
import dk.bif.lti.registration.RegistrationKey;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A launch that passed every check: what the integrator receives. Immutable.
 *
 * @param platform the registration, (issuer, client_id)
 * @param deployment the deployment the launch came through
 * @param messageType resource link or deep linking
 * @param targetLinkUri the launch URL the platform targeted
 * @param user who launched
 * @param roles the roles the tool understood; unknown roles are left out
 * @param roleUris every entry of the roles claim as sent
 * @param context the course, when the launch came from one
 * @param resourceLink the placement, for resource link launches
 * @param custom the custom parameters
 * @param ags the grade service endpoint, when granted
 * @param nrps the membership service endpoint, when granted
 * @param locale the user's locale as sent (BCP 47), when sent
 * @param returnUrl where to send the user when done (launch_presentation.return_url)
 * @param deepLinking the deep linking settings, for deep linking requests
 */
public record LtiLaunch(
    RegistrationKey platform,
    Deployment deployment,
    MessageType messageType,
    String targetLinkUri,
    LtiUser user,
    Set<LtiRole> roles,
    List<String> roleUris,
    Optional<LtiContext> context,
    Optional<ResourceLink> resourceLink,
    Map<String, String> custom,
    Optional<AgsEndpoint> ags,
    Optional<NrpsEndpoint> nrps,
    Optional<String> locale,
    Optional<URI> returnUrl,
    Optional<DeepLinkingSettings> deepLinking) {
  public LtiLaunch {
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(deployment, "deployment");
    Objects.requireNonNull(messageType, "messageType");
    Objects.requireNonNull(targetLinkUri, "targetLinkUri");
    Objects.requireNonNull(user, "user");
    roles = Set.copyOf(roles);
    roleUris = List.copyOf(roleUris);
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(resourceLink, "resourceLink");
    custom = Map.copyOf(custom);
    Objects.requireNonNull(ags, "ags");
    Objects.requireNonNull(nrps, "nrps");
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(returnUrl, "returnUrl");
    Objects.requireNonNull(deepLinking, "deepLinking");
    if (messageType == MessageType.RESOURCE_LINK && resourceLink.isEmpty())
      throw new IllegalArgumentException("a resource link launch needs its resource link");
    if (messageType == MessageType.DEEP_LINKING && deepLinking.isEmpty())
      throw new IllegalArgumentException("a deep linking launch needs its settings");
  }

  /**
   * Whether the user holds a role.
   *
   * @param role the role
   * @return true when the roles claim granted it
   */
  public boolean hasRole(LtiRole role) {
    return roles.contains(role);
  }
}
