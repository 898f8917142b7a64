package dk.bif.lti.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.Callback;

/**
 * A compact LTI 1.3 platform for the adapter's own tests: signs id_tokens with its own RSA key and
 * serves its JWK Set on loopback. Authorizes in process (the test plays the browser). Checks the
 * authentication request the way Moodle does: nonce required, redirect_uri exact. To be replaced by
 * the reference platform of {@code lti-testkit} in end-to-end tests.
 */
public final class TestPlatform implements AutoCloseable {
  public static final String ISSUER = "https://lms.example.test";
  public static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";
  public static final String LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";
  public static final String INSTRUCTOR =
      "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor";

  private final Clock clock;
  private final Server server;
  private volatile RSAKey signingKey;
  private final ECKey ecKey;
  private volatile List<JWK> published;

  /** The answer to an authentication request: what the platform form-posts to the tool. */
  public record AuthorizationResponse(String idToken, String state) {}

  public TestPlatform(Clock clock) throws Exception {
    this.clock = clock;
    this.signingKey = rsa("platform-1");
    this.ecKey = new ECKeyGenerator(Curve.P_256).keyID("platform-ec").generate();
    this.published = List.of(signingKey.toPublicJWK(), ecKey.toPublicJWK());
    this.server =
        Loopback.started(
            new Handler.Abstract() {
              @Override
              public boolean handle(Request request, Response response, Callback callback) {
                String path = Request.getPathInContext(request);
                if (path.equals("/jwks")) {
                  response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
                  response.getHeaders().put(HttpHeader.CACHE_CONTROL, "max-age=300");
                  Content.Sink.write(response, true, new JWKSet(published).toString(), callback);
                } else {
                  response.setStatus(path.equals("/jwks-down") ? 503 : 404);
                  Content.Sink.write(response, true, "unavailable", callback);
                }
                return true;
              }
            });
  }

  private static RSAKey rsa(String kid) throws JOSEException {
    return new RSAKeyGenerator(2048).keyID(kid).generate();
  }

  /** The platform's base URL on loopback. */
  public URI baseUrl() {
    return Loopback.baseUrl(server);
  }

  public URI keySetUrl() {
    return baseUrl().resolve("/jwks");
  }

  public URI unreachableKeySetUrl() {
    return baseUrl().resolve("/jwks-down");
  }

  public RSAKey signingKey() {
    return signingKey;
  }

  public ECKey ecKey() {
    return ecKey;
  }

  /** Rotates: a new key signs and is the only RSA key published. */
  public void rotateKey() throws JOSEException {
    RSAKey next = rsa("platform-2");
    signingKey = next;
    published = List.of(next.toPublicJWK(), ecKey.toPublicJWK());
  }

  /**
   * Reads an authentication request (the tool's redirect) as the platform would, and checks it.
   *
   * @return the request's parameters
   */
  public static Map<String, String> readAuthenticationRequest(URI location) {
    Map<String, String> params = new HashMap<>();
    for (String pair : location.getRawQuery().split("&")) {
      int eq = pair.indexOf('=');
      params.put(
          URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
          URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    require(params, "scope", "openid");
    require(params, "response_type", "id_token");
    require(params, "response_mode", "form_post");
    require(params, "prompt", "none");
    for (String name : List.of("client_id", "redirect_uri", "login_hint", "state", "nonce")) {
      if (!params.containsKey(name))
        throw new IllegalStateException("platform refuses: no " + name);
    }
    return params;
  }

  private static void require(Map<String, String> params, String name, String value) {
    if (!value.equals(params.get(name))) {
      throw new IllegalStateException("platform refuses: " + name + "=" + params.get(name));
    }
  }

  /**
   * The claims a Moodle-like platform sends for a resource link launch.
   *
   * @param request the authentication request's parameters
   * @param deploymentId the deployment
   * @param targetLinkUri the launch URL
   * @param subject the user id
   * @param role the context role URI
   */
  public Map<String, Object> claims(
      Map<String, String> request,
      String deploymentId,
      String targetLinkUri,
      String subject,
      String role) {
    return resourceLinkClaims(
        clock.instant().getEpochSecond(),
        request.get("client_id"),
        request.get("nonce"),
        deploymentId,
        targetLinkUri,
        subject,
        role);
  }

  /** A Moodle-like resource link launch's claims, issued at {@code now}, valid 60 s. */
  public static Map<String, Object> resourceLinkClaims(
      long now,
      String clientId,
      String nonce,
      String deploymentId,
      String targetLinkUri,
      String subject,
      String role) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("iss", ISSUER);
    c.put("aud", clientId);
    c.put("sub", subject);
    c.put("iat", now);
    c.put("exp", now + 60);
    c.put("nonce", nonce);
    c.put("name", role.equals(INSTRUCTOR) ? "Ida Instruktør" : "Lars Lærling");
    c.put("given_name", role.equals(INSTRUCTOR) ? "Ida" : "Lars");
    c.put("family_name", role.equals(INSTRUCTOR) ? "Instruktør" : "Lærling");
    c.put("email", subject + "@kk.example.dk");
    c.put(LTI + "message_type", "LtiResourceLinkRequest");
    c.put(LTI + "version", "1.3.0");
    c.put(LTI + "deployment_id", deploymentId);
    c.put(LTI + "target_link_uri", targetLinkUri);
    c.put(
        LTI + "resource_link",
        new LinkedHashMap<>(Map.of("id", "rl-7", "title", "Del 1: Introduktion")));
    c.put(LTI + "roles", new ArrayList<>(List.of(role)));
    c.put(
        LTI + "context",
        new LinkedHashMap<>(
            Map.of(
                "id", "course-42",
                "label", "BIF-H1",
                "title", "BIF hold 1",
                "type", List.of("http://purl.imsglobal.org/vocab/lis/v2/course#CourseOffering"))));
    c.put(LTI + "custom", new LinkedHashMap<>(Map.of("bif_activity", "del1")));
    c.put(
        LTI + "tool_platform", Map.of("product_family_code", "moodle", "guid", "lms.example.test"));
    c.put(
        LTI + "launch_presentation",
        Map.of("locale", "da-DK", "return_url", ISSUER + "/course/view.php?id=42"));
    c.put(
        "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint",
        Map.of(
            "scope",
            List.of("https://purl.imsglobal.org/spec/lti-ags/scope/score"),
            "lineitems",
            ISSUER + "/mod/lti/services.php/2/lineitems?type_id=1"));
    c.put(
        "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice",
        Map.of(
            "context_memberships_url",
            ISSUER + "/mod/lti/services.php/CourseSection/2/bindings/1/memberships",
            "service_versions",
            List.of("2.0")));
    return c;
  }

  /** Signs claims as the platform does: RS256 with its current key and kid. */
  public String sign(Map<String, Object> claims) {
    return sign(
        new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signingKey.getKeyID()).build(),
        claims,
        signer());
  }

  /** Signs with a chosen header and signer, for forged tokens. */
  public String sign(JWSHeader header, Map<String, Object> claims, JWSSigner signer) {
    try {
      JWSObject jws = new JWSObject(header, new Payload(claims));
      jws.sign(signer);
      return jws.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  public JWSSigner signer() {
    try {
      return new RSASSASigner(signingKey);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Authorizes: builds the claims, lets the test change them, signs. */
  public AuthorizationResponse authorize(
      URI location,
      String deploymentId,
      String targetLinkUri,
      String subject,
      String role,
      Consumer<Map<String, Object>> edit) {
    Map<String, String> request = readAuthenticationRequest(location);
    Map<String, Object> claims = claims(request, deploymentId, targetLinkUri, subject, role);
    edit.accept(claims);
    return new AuthorizationResponse(sign(claims), request.get("state"));
  }

  @Override
  public void close() throws Exception {
    server.stop();
  }
}
