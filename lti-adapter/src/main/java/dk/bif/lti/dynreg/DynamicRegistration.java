package dk.bif.lti.dynreg;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.bif.lti.http.FetchedResponse;
import dk.bif.lti.http.HttpFetchException;
import dk.bif.lti.http.HttpFetcher;
import dk.bif.lti.http.OutboundRequest;
import dk.bif.lti.launch.LaunchPolicy;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The tool's side of LTI Dynamic Registration 1.0: {@link #discover} reads and checks the
 * platform's OpenID configuration, {@link #register} posts the tool's configuration and reads the
 * answer. Stateless and thread-safe; each failure is a {@link RegistrationRefusedException} with
 * its {@link RegistrationRefusal}. The registration token is sent as a bearer token to the
 * configuration URL and the registration endpoint and nowhere else, and never appears in a message.
 *
 * <pre>{@code
 * DynamicRegistration dr = new DynamicRegistration(new JdkHttpFetcher(HttpSettings.defaults()), false);
 * PlatformConfiguration platform = dr.discover(openidConfiguration, Optional.of(token));
 * RegisteredTool tool = dr.register(platform, configuration, Optional.of(token));
 * }</pre>
 */
public final class DynamicRegistration {

  /** The message types a tool must be able to receive: resource links and deep linking. */
  public static final List<String> REQUIRED_MESSAGES =
      List.of("LtiResourceLinkRequest", "LtiDeepLinkingRequest");

  /** The claim that carries the LTI part of the platform's configuration. */
  public static final String PLATFORM_CLAIM =
      "https://purl.imsglobal.org/spec/lti-platform-configuration";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_DETAIL = 300;

  private final HttpFetcher http;
  private final LaunchPolicy urls;

  /**
   * @param http the outbound HTTP client (timeouts and size limit are its own)
   * @param allowHttpOnLoopback whether a platform on a loopback host ({@code localhost}, {@code
   *     127.0.0.0/8}, {@code [::1]}) may use plain {@code http}: a trial LMS on this machine; off
   *     in production, where every URL must be {@code https}
   */
  public DynamicRegistration(HttpFetcher http, boolean allowHttpOnLoopback) {
    this.http = Objects.requireNonNull(http, "http");
    this.urls = LaunchPolicy.defaults().withHttpOnLoopback(allowHttpOnLoopback);
  }

  /**
   * Reads the platform's OpenID configuration and checks it (LTI DR 1.0 §3.4, §3.5.1): a JSON
   * object; {@code issuer} at the configuration URL's origin; {@code authorization_endpoint},
   * {@code token_endpoint}, {@code jwks_uri} and {@code registration_endpoint} present, each an
   * https URL (http on loopback when allowed); {@link #REQUIRED_MESSAGES} among the {@code
   * lti-platform-configuration}'s {@code messages_supported}.
   *
   * @param openidConfiguration the {@code openid_configuration} parameter as the LMS sent it
   * @param registrationToken the {@code registration_token}, sent as a bearer token when present
   * @return the checked configuration
   * @throws RegistrationRefusedException with the first rule the configuration breaks
   */
  public PlatformConfiguration discover(
      String openidConfiguration, Optional<String> registrationToken)
      throws RegistrationRefusedException {
    URI configurationUri = configurationUri(openidConfiguration);
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Accept", "application/json");
    registrationToken.ifPresent(t -> headers.put("Authorization", "Bearer " + t));
    FetchedResponse answer;
    try {
      answer = http.send(OutboundRequest.get(configurationUri, headers));
    } catch (HttpFetchException e) {
      throw new RegistrationRefusedException(
          RegistrationRefusal.CONFIGURATION_UNREACHABLE,
          "the platform's configuration at " + configurationUri + " could not be fetched");
    }
    if (!answer.isSuccess()) {
      throw new RegistrationRefusedException(
          RegistrationRefusal.CONFIGURATION_ANSWER_ERROR,
          configurationUri + " answered " + answer.status(),
          answer.status());
    }
    JsonNode c =
        object(answer.body(), RegistrationRefusal.CONFIGURATION_MALFORMED, configurationUri);
    String issuer = text(c, "issuer", RegistrationRefusal.CONFIGURATION_MALFORMED);
    URI issuerUri = parse(issuer, "issuer");
    requireSecure(issuerUri, "issuer");
    if (!origin(issuerUri).equals(origin(configurationUri))) {
      throw new RegistrationRefusedException(
          RegistrationRefusal.ISSUER_MISMATCH,
          "the issuer '"
              + clip(issuer)
              + "' is not at the configuration URL's origin "
              + origin(configurationUri));
    }
    URI auth = endpoint(c, "authorization_endpoint");
    URI token = endpoint(c, "token_endpoint");
    URI jwks = endpoint(c, "jwks_uri");
    URI registration = endpoint(c, "registration_endpoint");
    Optional<String> authorizationServer =
        optionalText(c, "authorization_server").filter(s -> !s.isBlank());
    JsonNode lti = c.path(PLATFORM_CLAIM);
    if (!lti.isObject()) {
      throw new RegistrationRefusedException(
          RegistrationRefusal.CONFIGURATION_MALFORMED,
          "the configuration has no '" + PLATFORM_CLAIM + "' object");
    }
    Map<String, List<String>> messages = new LinkedHashMap<>();
    JsonNode supported = lti.path("messages_supported");
    if (!supported.isArray()) {
      throw new RegistrationRefusedException(
          RegistrationRefusal.CONFIGURATION_MALFORMED,
          "messages_supported: expected an array of {type, placements}");
    }
    for (JsonNode m : supported) {
      if (!m.path("type").isTextual()) {
        throw new RegistrationRefusedException(
            RegistrationRefusal.CONFIGURATION_MALFORMED,
            "messages_supported: every entry needs a 'type' string");
      }
      List<String> placements = new ArrayList<>();
      m.path("placements").forEach(p -> placements.add(p.asText()));
      messages.put(m.path("type").asText(), placements);
    }
    for (String required : REQUIRED_MESSAGES) {
      if (!messages.containsKey(required)) {
        throw new RegistrationRefusedException(
            RegistrationRefusal.MESSAGE_TYPE_UNSUPPORTED,
            "the platform does not support " + required + " (messages_supported)");
      }
    }
    Set<String> scopes = new LinkedHashSet<>();
    c.path("scopes_supported").forEach(s -> scopes.add(s.asText()));
    return new PlatformConfiguration(
        configurationUri,
        issuer,
        auth,
        token,
        jwks,
        registration,
        authorizationServer,
        optionalText(lti, "product_family_code"),
        messages,
        scopes);
  }

  /**
   * Posts the tool's configuration to the platform's registration endpoint (LTI DR 1.0 §3.5) with
   * the registration token as a bearer token, and reads the answer (§3.6).
   *
   * @param platform the configuration {@link #discover} returned
   * @param tool what the tool says about itself
   * @param registrationToken the {@code registration_token}, when the LMS sent one
   * @return the client id, the deployment when the platform made one, the granted scope
   * @throws RegistrationRefusedException {@code REGISTRATION_UNREACHABLE}, {@code
   *     REGISTRATION_REFUSED} (4xx), {@code REGISTRATION_FAILED} (5xx, or another non-2xx status)
   *     or {@code REGISTRATION_ANSWER_MALFORMED}
   */
  public RegisteredTool register(
      PlatformConfiguration platform, ToolConfiguration tool, Optional<String> registrationToken)
      throws RegistrationRefusedException {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "application/json");
    headers.put("Accept", "application/json");
    registrationToken.ifPresent(t -> headers.put("Authorization", "Bearer " + t));
    URI endpoint = platform.registrationEndpoint();
    FetchedResponse answer;
    try {
      answer =
          http.send(new OutboundRequest("POST", endpoint, headers, Optional.of(tool.toJson())));
    } catch (HttpFetchException e) {
      throw new RegistrationRefusedException(
          RegistrationRefusal.REGISTRATION_UNREACHABLE,
          "the registration endpoint " + endpoint + " could not be reached");
    }
    if (!answer.isSuccess()) {
      String said = platformError(answer.body());
      throw new RegistrationRefusedException(
          answer.status() >= 400 && answer.status() < 500
              ? RegistrationRefusal.REGISTRATION_REFUSED
              : RegistrationRefusal.REGISTRATION_FAILED,
          endpoint + " answered " + answer.status() + said,
          answer.status());
    }
    JsonNode a = object(answer.body(), RegistrationRefusal.REGISTRATION_ANSWER_MALFORMED, endpoint);
    String clientId = text(a, "client_id", RegistrationRefusal.REGISTRATION_ANSWER_MALFORMED);
    if (clientId.isBlank()) {
      throw new RegistrationRefusedException(
          RegistrationRefusal.REGISTRATION_ANSWER_MALFORMED, "client_id is empty");
    }
    JsonNode deployment = a.path(ToolConfiguration.CLAIM).path("deployment_id");
    Optional<String> deploymentId =
        deployment.isTextual() || deployment.isNumber()
            ? Optional.of(deployment.asText()).filter(s -> !s.isBlank())
            : Optional.empty();
    String scope =
        a.path("scope").isTextual() ? a.path("scope").asText() : String.join(" ", tool.scopes());
    return new RegisteredTool(clientId, deploymentId, scope, platform);
  }

  private URI configurationUri(String value) throws RegistrationRefusedException {
    if (value == null || value.isBlank()) {
      throw new RegistrationRefusedException(
          RegistrationRefusal.CONFIGURATION_URL_INVALID,
          "the request has no openid_configuration parameter");
    }
    URI uri;
    try {
      uri = new URI(value.strip());
    } catch (URISyntaxException e) {
      throw new RegistrationRefusedException(
          RegistrationRefusal.CONFIGURATION_URL_INVALID,
          "openid_configuration is not a URL: '" + clip(value) + "'");
    }
    if (!LaunchPolicy.isWebUrl(uri) || uri.getRawFragment() != null) {
      throw new RegistrationRefusedException(
          RegistrationRefusal.CONFIGURATION_URL_INVALID,
          "openid_configuration must be an https URL without a fragment: '" + clip(value) + "'");
    }
    requireSecure(uri, "openid_configuration");
    return uri;
  }

  private void requireSecure(URI uri, String field) throws RegistrationRefusedException {
    if (!urls.acceptsBrowserUrl(uri)) {
      throw new RegistrationRefusedException(
          RegistrationRefusal.URL_NOT_SECURE,
          field
              + " must be an https URL (http only on this machine, when allowed): '"
              + clip(uri.toString())
              + "'");
    }
  }

  private URI endpoint(JsonNode c, String field) throws RegistrationRefusedException {
    if (!c.hasNonNull(field) || (c.path(field).isTextual() && c.path(field).asText().isBlank())) {
      throw new RegistrationRefusedException(
          RegistrationRefusal.ENDPOINT_MISSING, "the configuration has no " + field);
    }
    URI uri = parse(text(c, field, RegistrationRefusal.CONFIGURATION_MALFORMED), field);
    requireSecure(uri, field);
    return uri;
  }

  private static URI parse(String value, String field) throws RegistrationRefusedException {
    try {
      URI uri = new URI(value);
      if (LaunchPolicy.isWebUrl(uri)) return uri;
    } catch (URISyntaxException e) {
      // below
    }
    throw new RegistrationRefusedException(
        RegistrationRefusal.CONFIGURATION_MALFORMED,
        field + ": expected an absolute http(s) URL, got '" + clip(value) + "'");
  }

  private static JsonNode object(String body, RegistrationRefusal reason, URI from)
      throws RegistrationRefusedException {
    try {
      JsonNode n = JSON.readTree(body);
      if (n != null && n.isObject()) return n;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      // below
    }
    throw new RegistrationRefusedException(reason, from + " did not answer with a JSON object");
  }

  private static String text(JsonNode c, String field, RegistrationRefusal reason)
      throws RegistrationRefusedException {
    JsonNode v = c.path(field);
    if (!v.isTextual()) {
      throw new RegistrationRefusedException(
          reason, field + ": expected a string" + (v.isMissingNode() ? ", it is missing" : ""));
    }
    return v.asText();
  }

  private static Optional<String> optionalText(JsonNode c, String field) {
    return c.path(field).isTextual() ? Optional.of(c.path(field).asText()) : Optional.empty();
  }

  /** What the platform said (RFC 7591 {@code error} / {@code error_description}), shortened. */
  private static String platformError(String body) {
    try {
      JsonNode n = JSON.readTree(body);
      if (n != null && n.isObject()) {
        String error = n.path("error").asText("");
        String description = n.path("error_description").asText("");
        String said = (error + (description.isEmpty() ? "" : ": " + description)).strip();
        return said.isEmpty() ? "" : " (" + clip(said) + ")";
      }
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      // not JSON: say nothing of it
    }
    return "";
  }

  private static String origin(URI uri) {
    int port = uri.getPort();
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    if (port < 0) port = scheme.equals("https") ? 443 : 80;
    return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
  }

  private static String clip(String s) {
    String oneLine = s.replaceAll("\\p{Cntrl}", " ");
    return oneLine.length() <= MAX_DETAIL ? oneLine : oneLine.substring(0, MAX_DETAIL) + "…";
  }
}
