package dk.bif.lti.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The platform side of LTI Dynamic Registration 1.0 (https://www.imsglobal.org/spec/lti-dr/v1p0):
 * the OpenID configuration (§3.4) and the registration endpoint (§3.5), which checks the
 * registration token as a bearer token and the tool's configuration, and answers with the client id
 * and the deployment (§3.6).
 */
final class DynamicRegistrationEndpoints {
  static final String TOOL_CONFIGURATION = "https://purl.imsglobal.org/spec/lti-tool-configuration";
  static final String PLATFORM_CONFIGURATION =
      "https://purl.imsglobal.org/spec/lti-platform-configuration";

  private final ReferencePlatform platform;

  DynamicRegistrationEndpoints(ReferencePlatform platform) {
    this.platform = platform;
  }

  /** {@code GET} the OpenID configuration: what a tool needs to register and to launch. */
  void configuration(Exchange ex) throws IOException {
    ObjectNode c = Exchange.JSON.createObjectNode();
    c.put("issuer", platform.issuer());
    c.put("authorization_endpoint", platform.authorizationUri().toString());
    c.put("registration_endpoint", platform.registrationUri().toString());
    c.put("jwks_uri", platform.jwksUri().toString());
    c.put("token_endpoint", platform.tokenUri().toString());
    c.putArray("token_endpoint_auth_methods_supported").add("private_key_jwt");
    c.putArray("token_endpoint_auth_signing_alg_values_supported").add("RS256");
    ArrayNode scopes = c.putArray("scopes_supported").add("openid");
    ToolRegistration.ALL_SCOPES.stream().sorted().forEach(scopes::add);
    c.putArray("response_types_supported").add("id_token");
    c.putArray("id_token_signing_alg_values_supported").add("RS256");
    ArrayNode claims = c.putArray("claims_supported");
    for (String claim : List.of("iss", "aud", "sub", "name", "given_name", "family_name", "email"))
      claims.add(claim);
    c.putArray("subject_types_supported").add("public").add("pairwise");
    c.put("authorization_server", platform.tokenAudience());
    ObjectNode lti = c.putObject(PLATFORM_CONFIGURATION);
    lti.put("product_family_code", platform.profile().productFamilyCode());
    lti.put("version", "reference-1.0");
    ArrayNode messages = lti.putArray("messages_supported");
    messages.addObject().put("type", LaunchRequest.RESOURCE_LINK_REQUEST);
    ObjectNode deep = messages.addObject().put("type", LaunchRequest.DEEP_LINKING_REQUEST);
    deep.putArray("placements").add("ContentArea");
    lti.putArray("variables").add("ResourceLink.id").add("Context.id");
    platform.bendConfiguration(c);
    ex.json(200, "application/json", c);
  }

  /** {@code POST} the tool's configuration with the registration token as a bearer token. */
  void register(Exchange ex) throws IOException {
    String body = new String(ex.request.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    Optional<String> token =
        ex.header("Authorization")
            .filter(h -> h.regionMatches(true, 0, "Bearer ", 0, 7))
            .map(h -> h.substring(7).strip());
    if (token.isEmpty()) {
      refuse(ex, 401, "invalid_token", "the request carries no registration token", body);
      return;
    }
    Optional<String> unusable = platform.takeRegistrationToken(token.get());
    if (unusable.isPresent()) {
      refuse(ex, 401, "invalid_token", unusable.get(), body);
      return;
    }
    String type = ex.request.getContentType();
    if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
      refuse(ex, 415, "invalid_client_metadata", "the body must be application/json", body);
      return;
    }
    JsonNode json;
    try {
      json = Exchange.JSON.readTree(body);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      refuse(ex, 400, "invalid_client_metadata", "the body is not JSON", body);
      return;
    }
    List<String> problems = new ArrayList<>();
    if (json == null || !json.isObject()) {
      refuse(ex, 400, "invalid_client_metadata", "the body must be a JSON object", body);
      return;
    }
    expect(problems, json, "application_type", "web");
    expect(problems, json, "token_endpoint_auth_method", "private_key_jwt");
    contains(problems, json, "response_types", "id_token");
    contains(problems, json, "grant_types", "implicit");
    contains(problems, json, "grant_types", "client_credentials");
    Optional<URI> login = uri(problems, json, "initiate_login_uri");
    Optional<URI> jwks = uri(problems, json, "jwks_uri");
    List<URI> redirects = new ArrayList<>();
    if (!json.path("redirect_uris").isArray() || json.path("redirect_uris").isEmpty()) {
      problems.add("redirect_uris: at least one redirection URI is required");
    } else {
      for (JsonNode r : json.path("redirect_uris"))
        absolute(problems, "redirect_uris", r.asText()).ifPresent(redirects::add);
    }
    JsonNode lti = json.path(TOOL_CONFIGURATION);
    Optional<URI> target = Optional.empty();
    Optional<URI> deepLinking = Optional.empty();
    if (!lti.isObject()) {
      problems.add(TOOL_CONFIGURATION + ": the LTI tool configuration is missing");
    } else {
      if (lti.path("domain").asText("").isBlank()) problems.add("domain: is missing");
      target = uri(problems, lti, "target_link_uri");
      for (JsonNode m : lti.path("messages")) {
        if (m.path("type").asText().equals(LaunchRequest.DEEP_LINKING_REQUEST)) {
          deepLinking =
              m.hasNonNull("target_link_uri")
                  ? absolute(
                      problems, "messages.target_link_uri", m.path("target_link_uri").asText())
                  : target;
        }
      }
    }
    if (!problems.isEmpty()) {
      refuse(ex, 400, "invalid_client_metadata", String.join("; ", problems), body);
      return;
    }
    Set<String> scopes = new LinkedHashSet<>();
    for (String s : json.path("scope").asText("").split(" ")) {
      if (ToolRegistration.ALL_SCOPES.contains(s)) scopes.add(s);
    }
    Set<String> claims = new LinkedHashSet<>();
    lti.path("claims").forEach(c -> claims.add(c.asText()));
    Privacy privacy =
        claims.contains("email")
            ? Privacy.NAME_AND_EMAIL
            : claims.contains("name") ? Privacy.NAME : Privacy.ANONYMOUS;
    String clientId = platform.newClientId();
    String deployment = platform.newDeploymentId();
    ToolRegistration.Builder tool =
        ToolRegistration.builder(clientId)
            .deployment(deployment)
            .loginInitiationUri(login.get())
            .launchUri(target.get())
            .deepLinkingUri(deepLinking.orElse(target.get()))
            .jwksUri(jwks.get())
            .privacy(privacy)
            .scopes(scopes);
    redirects.forEach(tool::redirectUri);
    platform.registerDynamically(tool.build());
    ObjectNode answer = ((ObjectNode) json).deepCopy();
    answer.put("client_id", clientId);
    answer.put("scope", String.join(" ", scopes));
    ((ObjectNode) answer.path(TOOL_CONFIGURATION)).put("deployment_id", deployment);
    platform.log(
        new DynamicRegistrationCall(
            platform.profile().registrationSuccessStatus(),
            Optional.of(clientId),
            Optional.of(deployment),
            body,
            ""));
    ex.json(platform.profile().registrationSuccessStatus(), "application/json", answer);
  }

  private void refuse(Exchange ex, int status, String error, String description, String body)
      throws IOException {
    platform.log(
        new DynamicRegistrationCall(status, Optional.empty(), Optional.empty(), body, description));
    ObjectNode answer = Exchange.JSON.createObjectNode();
    answer.put("error", error);
    answer.put("error_description", description);
    ex.json(status, "application/json", answer);
  }

  private static void expect(List<String> problems, JsonNode json, String field, String value) {
    if (!json.path(field).asText("").equals(value)) {
      problems.add(field + ": expected '" + value + "'");
    }
  }

  private static void contains(List<String> problems, JsonNode json, String field, String value) {
    for (JsonNode v : json.path(field)) {
      if (v.asText().equals(value)) return;
    }
    problems.add(field + ": must contain '" + value + "'");
  }

  private static Optional<URI> uri(List<String> problems, JsonNode json, String field) {
    if (!json.path(field).isTextual()) {
      problems.add(field + ": is missing");
      return Optional.empty();
    }
    return absolute(problems, field, json.path(field).asText());
  }

  private static Optional<URI> absolute(List<String> problems, String field, String value) {
    try {
      URI u = new URI(value);
      if (u.isAbsolute() && u.getHost() != null) return Optional.of(u);
    } catch (URISyntaxException e) {
      // reported below
    }
    problems.add(field + ": '" + value + "' is not an absolute URL");
    return Optional.empty();
  }
}
