package dk.bif.server.platforms;

import java.util.List;
import java.util.Optional;

/**
 * A platform registration as an administrator types it ({@code bif platform add} or the admin
 * page), before it is checked: every value as text.
 *
 * @param issuer the platform's issuer ({@code iss})
 * @param clientId the client id the platform gave the tool
 * @param deployments the deployment ids, at least one
 * @param authUrl the platform's OIDC authorization endpoint
 * @param tokenUrl the platform's OAuth 2 token endpoint
 * @param jwksUrl the platform's public key set
 * @param tokenAudience the client assertions' audience when the platform names one (Brightspace)
 * @param name a name for people
 */
public record PlatformForm(
    String issuer,
    String clientId,
    List<String> deployments,
    String authUrl,
    String tokenUrl,
    String jwksUrl,
    Optional<String> tokenAudience,
    Optional<String> name) {

  /** Copies the list; nulls become empty. */
  public PlatformForm {
    deployments = deployments == null ? List.of() : List.copyOf(deployments);
    tokenAudience = tokenAudience == null ? Optional.empty() : tokenAudience;
    name = name == null ? Optional.empty() : name;
  }
}
