package dk.bif.lti.testkit;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What an LMS administrator types in when registering an LTI 1.3 tool.
 *
 * @param clientId the client id the platform assigns to the tool
 * @param deploymentIds the deployments of the tool, at least one; the first is the default
 * @param loginInitiationUri the tool's OIDC third-party login initiation URL
 * @param redirectUris the registered redirection URIs; {@code redirect_uri} must equal one of them
 *     character for character
 * @param launchUri the default {@code target_link_uri} of resource link launches
 * @param deepLinkingUri the {@code target_link_uri} of deep linking requests
 * @param jwksUri the tool's JWK Set URL, used to verify client assertions and deep linking
 *     responses; empty when {@code staticJwks} is used
 * @param staticJwks the tool's public key as pasted by the administrator: a JWK Set, a single JWK
 *     or a PEM public key (itslearning takes all three); empty when {@code jwksUri} is used
 * @param privacy how much personal data the tool receives
 * @param scopes the service scopes the tool may be granted at the token endpoint
 */
public record ToolRegistration(
    String clientId,
    List<String> deploymentIds,
    URI loginInitiationUri,
    List<URI> redirectUris,
    URI launchUri,
    URI deepLinkingUri,
    Optional<URI> jwksUri,
    Optional<String> staticJwks,
    Privacy privacy,
    Set<String> scopes) {

  /** Every AGS and NRPS scope. */
  public static final Set<String> ALL_SCOPES =
      Set.of(
          LtiClaims.SCOPE_LINEITEM,
          LtiClaims.SCOPE_LINEITEM_READONLY,
          LtiClaims.SCOPE_RESULT_READONLY,
          LtiClaims.SCOPE_SCORE,
          LtiClaims.SCOPE_NRPS);

  /** Checks every field and copies the collections. */
  public ToolRegistration {
    Checks.notBlank(clientId, "clientId");
    deploymentIds = List.copyOf(deploymentIds);
    if (deploymentIds.isEmpty()) {
      throw new IllegalArgumentException("deploymentIds must name at least one deployment");
    }
    deploymentIds.forEach(d -> Checks.notBlank(d, "deployment id"));
    Objects.requireNonNull(loginInitiationUri, "loginInitiationUri");
    redirectUris = List.copyOf(redirectUris);
    if (redirectUris.isEmpty()) {
      throw new IllegalArgumentException("redirectUris must name at least one redirection URI");
    }
    Objects.requireNonNull(launchUri, "launchUri");
    Objects.requireNonNull(deepLinkingUri, "deepLinkingUri");
    Objects.requireNonNull(jwksUri, "jwksUri");
    Objects.requireNonNull(staticJwks, "staticJwks");
    if (jwksUri.isPresent() == staticJwks.isPresent()) {
      throw new IllegalArgumentException("give exactly one of jwksUri and staticJwks");
    }
    Objects.requireNonNull(privacy, "privacy");
    scopes = Set.copyOf(scopes);
  }

  /** The deployment used when a launch names none. */
  public String defaultDeploymentId() {
    return deploymentIds.get(0);
  }

  /**
   * Starts a registration for {@code clientId}.
   *
   * @param clientId the client id
   * @return a builder
   */
  public static Builder builder(String clientId) {
    return new Builder(clientId);
  }

  /**
   * Derives a registration from a tool's base URL using the paths the BIF tool uses: {@code
   * /lti/login}, {@code /lti/launch} (also the redirect URI and deep linking URI) and {@code
   * /lti/jwks}.
   *
   * @param clientId the client id
   * @param deploymentId the deployment id
   * @param toolBase the tool's base URL without a trailing slash, e.g. {@code
   *     http://127.0.0.1:8081}
   * @return the registration
   */
  public static ToolRegistration forBifTool(String clientId, String deploymentId, URI toolBase) {
    String base = toolBase.toString().replaceAll("/+$", "");
    URI launch = URI.create(base + "/lti/launch");
    return builder(clientId)
        .deployment(deploymentId)
        .loginInitiationUri(URI.create(base + "/lti/login"))
        .launchUri(launch)
        .jwksUri(URI.create(base + "/lti/jwks"))
        .build();
  }

  /**
   * Builds a {@link ToolRegistration}; redirect and deep linking URIs default to the launch URI.
   */
  public static final class Builder {
    private final String clientId;
    private final List<String> deploymentIds = new ArrayList<>();
    private URI login;
    private final List<URI> redirects = new ArrayList<>();
    private URI launch;
    private URI deepLinking;
    private URI jwks;
    private String staticJwks;
    private Privacy privacy = Privacy.NAME_AND_EMAIL;
    private final Set<String> scopes = new LinkedHashSet<>(ALL_SCOPES);

    private Builder(String clientId) {
      this.clientId = clientId;
    }

    /** Adds a deployment id; the first added is the default. */
    public Builder deployment(String deploymentId) {
      deploymentIds.add(deploymentId);
      return this;
    }

    /** Sets the OIDC login initiation URL. */
    public Builder loginInitiationUri(URI uri) {
      this.login = uri;
      return this;
    }

    /** Adds a registered redirection URI. */
    public Builder redirectUri(URI uri) {
      redirects.add(uri);
      return this;
    }

    /** Sets the launch URL (default target link URI). */
    public Builder launchUri(URI uri) {
      this.launch = uri;
      return this;
    }

    /** Sets the deep linking request URL. */
    public Builder deepLinkingUri(URI uri) {
      this.deepLinking = uri;
      return this;
    }

    /** Sets the tool's JWK Set URL. */
    public Builder jwksUri(URI uri) {
      this.jwks = uri;
      return this;
    }

    /** Sets the tool's public key as pasted text (JWK Set, JWK or PEM) instead of a URL. */
    public Builder staticJwks(String pastedKey) {
      this.staticJwks = pastedKey;
      return this;
    }

    /** Sets the privacy level (default {@link Privacy#NAME_AND_EMAIL}). */
    public Builder privacy(Privacy level) {
      this.privacy = level;
      return this;
    }

    /** Replaces the grantable scopes (default {@link #ALL_SCOPES}). */
    public Builder scopes(Set<String> grantable) {
      scopes.clear();
      scopes.addAll(grantable);
      return this;
    }

    /** Builds and checks the registration. */
    public ToolRegistration build() {
      Objects.requireNonNull(launch, "launchUri");
      return new ToolRegistration(
          clientId,
          deploymentIds,
          login,
          redirects.isEmpty() ? List.of(launch) : redirects,
          launch,
          deepLinking == null ? launch : deepLinking,
          Optional.ofNullable(jwks),
          Optional.ofNullable(staticJwks),
          privacy,
          scopes);
    }
  }
}
