package dk.bif.lti.testkit;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.text.ParseException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * OAuth 2 {@code client_credentials} with a JWT client assertion (RFC 7523, 1EdTech Security
 * Framework §4.1): the assertion is verified against the tool's key set, {@code iss} = {@code sub}
 * = client_id, {@code aud} the token URL or the configured audience, {@code exp} in the future,
 * {@code jti} never seen before.
 */
final class TokenEndpoint {
  static final String ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

  private final ReferencePlatform platform;
  private final ToolJwtVerifier verifier = new ToolJwtVerifier();
  private final Map<String, Instant> seenJti = new ConcurrentHashMap<>();

  TokenEndpoint(ReferencePlatform platform) {
    this.platform = platform;
  }

  void handle(Exchange ex) throws IOException {
    String grant = ex.param("grant_type").orElse("");
    if (!grant.equals("client_credentials")) {
      refuse(ex, "", 400, "unsupported_grant_type", "grant_type must be client_credentials");
      return;
    }
    if (!ex.param("client_assertion_type").orElse("").equals(ASSERTION_TYPE)) {
      refuse(ex, "", 400, "invalid_request", "client_assertion_type must be " + ASSERTION_TYPE);
      return;
    }
    Optional<String> assertion = ex.param("client_assertion");
    if (assertion.isEmpty()) {
      refuse(ex, "", 400, "invalid_request", "client_assertion is required");
      return;
    }
    String clientId = unverifiedIssuer(assertion.get());
    Optional<ToolRegistration> tool = platform.tool(clientId);
    if (tool.isEmpty()) {
      refuse(ex, clientId, 401, "invalid_client", "no tool with client_id " + clientId);
      return;
    }
    JWTClaimsSet claims;
    try {
      claims = verifier.verify(assertion.get(), tool.get(), "invalid_client");
    } catch (ToolJwtVerifier.Refused e) {
      refuse(ex, clientId, 401, e.code, e.getMessage());
      return;
    }
    if (platform.profile().failsOnArrayAssertionAudience() && audienceIsArray(assertion.get())) {
      refuse(ex, clientId, 500, "server_error", "Internal Server Error");
      return;
    }
    String problem = checkClaims(claims, clientId);
    if (!problem.isEmpty()) {
      refuse(ex, clientId, 400, "invalid_grant", problem);
      return;
    }
    Set<String> requested =
        new LinkedHashSet<>(Arrays.asList(ex.param("scope").orElse("").trim().split("\\s+")));
    requested.remove("");
    Set<String> granted = new LinkedHashSet<>(requested);
    granted.retainAll(tool.get().scopes());
    if (granted.isEmpty()) {
      refuse(
          ex,
          clientId,
          400,
          "invalid_scope",
          "none of the requested scopes may be granted to this tool: " + requested);
      return;
    }
    long lifetime = platform.profile().accessTokenLifetime().toSeconds();
    String token =
        platform.accessTokens().issue(clientId, granted, platform.profile().accessTokenLifetime());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("access_token", token);
    body.put("token_type", "Bearer");
    body.put("expires_in", lifetime);
    body.put("scope", String.join(" ", granted));
    platform.log(
        new TokenEndpointCall(platform.clock().instant(), clientId, List.copyOf(granted), 200, ""));
    ex.response.setHeader("Cache-Control", "no-store");
    ex.json(200, "application/json", body);
  }

  private String checkClaims(JWTClaimsSet c, String clientId) {
    Instant now = platform.clock().instant();
    if (!clientId.equals(c.getSubject())) {
      return "sub must equal iss (the client_id), was " + c.getSubject();
    }
    List<String> aud = c.getAudience();
    if (aud == null || !aud.contains(platform.tokenAudience())) {
      return "aud must contain " + platform.tokenAudience() + ", was " + aud;
    }
    Date exp = c.getExpirationTime();
    if (exp == null) {
      return "exp is required";
    }
    if (!exp.toInstant().isAfter(now)) {
      return "the assertion expired at " + exp.toInstant();
    }
    Date iat = c.getIssueTime();
    if (iat != null && iat.toInstant().isAfter(now.plusSeconds(60))) {
      return "iat lies in the future: " + iat.toInstant();
    }
    String jti = c.getJWTID();
    if (jti == null || jti.isBlank()) {
      return "jti is required";
    }
    seenJti.values().removeIf(until -> until.isBefore(now));
    if (seenJti.putIfAbsent(clientId + " " + jti, exp.toInstant().plusSeconds(60)) != null) {
      return "jti " + jti + " was used before";
    }
    return "";
  }

  private static String unverifiedIssuer(String jwt) {
    try {
      String iss = SignedJWT.parse(jwt).getJWTClaimsSet().getIssuer();
      return iss == null ? "" : iss;
    } catch (ParseException e) {
      return "";
    }
  }

  private static boolean audienceIsArray(String jwt) {
    try {
      return SignedJWT.parse(jwt).getPayload().toJSONObject().get("aud") instanceof List<?>;
    } catch (ParseException e) {
      return false;
    }
  }

  private void refuse(Exchange ex, String clientId, int status, String error, String description)
      throws IOException {
    platform.log(
        new TokenEndpointCall(
            platform.clock().instant(), clientId, List.of(), status, error + ": " + description));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", error);
    body.put("error_description", description);
    ex.json(status, "application/json", body);
  }
}
