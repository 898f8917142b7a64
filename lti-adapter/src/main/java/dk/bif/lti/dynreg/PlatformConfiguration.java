package dk.bif.lti.dynreg;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A platform's OpenID configuration as Dynamic Registration reads it (LTI DR 1.0 §3.4), checked.
 *
 * @param configurationUri where it was read
 * @param issuer the platform's issuer, the {@code iss} of its id_tokens
 * @param authorizationEndpoint the OIDC authorization endpoint
 * @param tokenEndpoint the OAuth 2 token endpoint
 * @param jwksUri the platform's JWK Set
 * @param registrationEndpoint where the tool posts its configuration
 * @param authorizationServer the audience of client assertions when the platform names one
 * @param productFamilyCode e.g. {@code moodle}, {@code canvas}, {@code desire2learn}
 * @param messagesSupported the message types the platform supports, each with its placements
 * @param scopesSupported the scopes the platform offers
 */
public record PlatformConfiguration(
    URI configurationUri,
    String issuer,
    URI authorizationEndpoint,
    URI tokenEndpoint,
    URI jwksUri,
    URI registrationEndpoint,
    Optional<String> authorizationServer,
    Optional<String> productFamilyCode,
    Map<String, List<String>> messagesSupported,
    Set<String> scopesSupported) {

  /** Checks that nothing is null and copies the collections. */
  public PlatformConfiguration {
    Objects.requireNonNull(configurationUri, "configurationUri");
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(authorizationEndpoint, "authorizationEndpoint");
    Objects.requireNonNull(tokenEndpoint, "tokenEndpoint");
    Objects.requireNonNull(jwksUri, "jwksUri");
    Objects.requireNonNull(registrationEndpoint, "registrationEndpoint");
    Objects.requireNonNull(authorizationServer, "authorizationServer");
    Objects.requireNonNull(productFamilyCode, "productFamilyCode");
    messagesSupported = Map.copyOf(messagesSupported);
    scopesSupported = Set.copyOf(scopesSupported);
  }

  /**
   * The placements the platform offers for a message type.
   *
   * @param messageType e.g. {@code LtiDeepLinkingRequest}
   * @return the placements; empty when it names none (or does not support the type)
   */
  public List<String> placements(String messageType) {
    return messagesSupported.getOrDefault(messageType, List.of());
  }
}
