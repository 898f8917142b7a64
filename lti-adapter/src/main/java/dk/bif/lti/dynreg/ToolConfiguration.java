package dk.bif.lti.dynreg;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the tool tells the platform about itself in a Dynamic Registration (LTI DR 1.0 §3.5.2): an
 * OpenID Connect client registration with the {@code lti-tool-configuration} claim.
 *
 * @param clientName the name the LMS shows
 * @param initiateLoginUri the OIDC login initiation URL ({@code /lti/login})
 * @param redirectUris the redirection URIs ({@code /lti/launch})
 * @param jwksUri the tool's JWK Set
 * @param targetLinkUri the default launch URL
 * @param domain the tool's host (and port when not the default), from the target link URI
 * @param description a line for the LMS administrator
 * @param claims the id_token claims the tool wants, e.g. {@code iss}, {@code sub}, {@code name}
 * @param scopes the service scopes the tool asks for (AGS, NRPS)
 * @param customParameters custom parameters for every message
 * @param messages the messages the tool accepts, with their placements
 */
public record ToolConfiguration(
    String clientName,
    URI initiateLoginUri,
    List<URI> redirectUris,
    URI jwksUri,
    URI targetLinkUri,
    String domain,
    Optional<String> description,
    List<String> claims,
    List<String> scopes,
    Map<String, String> customParameters,
    List<ToolMessage> messages) {

  /** The claim that carries the LTI part of the tool's configuration. */
  public static final String CLAIM = "https://purl.imsglobal.org/spec/lti-tool-configuration";

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Checks and copies. */
  public ToolConfiguration {
    Objects.requireNonNull(clientName, "clientName");
    Objects.requireNonNull(initiateLoginUri, "initiateLoginUri");
    redirectUris = List.copyOf(redirectUris);
    if (redirectUris.isEmpty()) throw new IllegalArgumentException("redirectUris is empty");
    Objects.requireNonNull(jwksUri, "jwksUri");
    Objects.requireNonNull(targetLinkUri, "targetLinkUri");
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(description, "description");
    claims = List.copyOf(claims);
    scopes = List.copyOf(scopes);
    customParameters = Map.copyOf(customParameters);
    messages = List.copyOf(messages);
  }

  /**
   * The domain LTI DR asks for: the host, with the port when it is not the scheme's default.
   *
   * @param uri the tool's target link URI
   * @return e.g. {@code bif.kp.dk} or {@code 127.0.0.1:8080}
   */
  public static String domainOf(URI uri) {
    return uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
  }

  /** The registration request's JSON body. */
  String toJson() {
    ObjectNode c = JSON.createObjectNode();
    c.put("application_type", "web");
    c.putArray("response_types").add("id_token");
    c.putArray("grant_types").add("implicit").add("client_credentials");
    c.put("initiate_login_uri", initiateLoginUri.toString());
    ArrayNode redirects = c.putArray("redirect_uris");
    redirectUris.forEach(u -> redirects.add(u.toString()));
    c.put("client_name", clientName);
    c.put("jwks_uri", jwksUri.toString());
    c.put("token_endpoint_auth_method", "private_key_jwt");
    c.put("scope", String.join(" ", scopes));
    ObjectNode lti = c.putObject(CLAIM);
    lti.put("domain", domain);
    description.ifPresent(d -> lti.put("description", d));
    lti.put("target_link_uri", targetLinkUri.toString());
    if (!customParameters.isEmpty()) lti.set("custom_parameters", sorted(customParameters));
    ArrayNode claimList = lti.putArray("claims");
    claims.forEach(claimList::add);
    ArrayNode list = lti.putArray("messages");
    for (ToolMessage m : messages) {
      ObjectNode n = list.addObject();
      n.put("type", m.type());
      m.targetLinkUri().ifPresent(u -> n.put("target_link_uri", u.toString()));
      m.label().ifPresent(l -> n.put("label", l));
      if (!m.placements().isEmpty()) {
        ArrayNode p = n.putArray("placements");
        m.placements().forEach(p::add);
      }
      if (!m.customParameters().isEmpty()) n.set("custom_parameters", sorted(m.customParameters()));
    }
    try {
      return JSON.writeValueAsString(c);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("a tool configuration cannot be written as JSON", e);
    }
  }

  private static ObjectNode sorted(Map<String, String> values) {
    ObjectNode n = JSON.createObjectNode();
    values.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> n.put(e.getKey(), e.getValue()));
    return n;
  }

  /**
   * Starts a configuration from the tool's three URLs.
   *
   * @param clientName the name the LMS shows
   * @param loginUri the login initiation URL
   * @param launchUri the launch (redirect and target link) URL
   * @param jwksUri the tool's JWK Set
   * @return a builder
   */
  public static Builder builder(String clientName, URI loginUri, URI launchUri, URI jwksUri) {
    return new Builder(clientName, loginUri, launchUri, jwksUri);
  }

  /** Builds a {@link ToolConfiguration}. Not thread-safe. */
  public static final class Builder {
    private final String clientName;
    private final URI loginUri;
    private final URI launchUri;
    private final URI jwksUri;
    private String description;
    private final List<String> claims = new ArrayList<>(List.of("iss", "sub"));
    private final List<String> scopes = new ArrayList<>();
    private final Map<String, String> custom = new LinkedHashMap<>();
    private final List<ToolMessage> messages = new ArrayList<>();

    private Builder(String clientName, URI loginUri, URI launchUri, URI jwksUri) {
      this.clientName = Objects.requireNonNull(clientName, "clientName");
      this.loginUri = Objects.requireNonNull(loginUri, "loginUri");
      this.launchUri = Objects.requireNonNull(launchUri, "launchUri");
      this.jwksUri = Objects.requireNonNull(jwksUri, "jwksUri");
    }

    /** A line for the LMS administrator. */
    public Builder description(String text) {
      this.description = text;
      return this;
    }

    /** Adds claims the tool wants besides {@code iss} and {@code sub}. */
    public Builder claims(String... names) {
      for (String n : names) if (!claims.contains(n)) claims.add(n);
      return this;
    }

    /** Adds service scopes the tool asks for. */
    public Builder scopes(String... values) {
      for (String s : values) if (!scopes.contains(s)) scopes.add(s);
      return this;
    }

    /** Adds a custom parameter sent with every message. */
    public Builder customParameter(String name, String value) {
      custom.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /** Adds a message the tool accepts. */
    public Builder message(ToolMessage message) {
      messages.add(Objects.requireNonNull(message, "message"));
      return this;
    }

    /** Builds the configuration; the domain comes from the launch URL. */
    public ToolConfiguration build() {
      return new ToolConfiguration(
          clientName,
          loginUri,
          List.of(launchUri),
          jwksUri,
          launchUri,
          domainOf(launchUri),
          Optional.ofNullable(description),
          claims,
          scopes,
          custom,
          messages);
    }
  }
}
