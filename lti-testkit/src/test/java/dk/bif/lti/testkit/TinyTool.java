package dk.bif.lti.testkit;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * A minimal LTI tool for testing the platform over real HTTP: login redirects with state (cookie,
 * SameSite=None; Secure) and nonce, the launch verifies the id_token against the platform's key set
 * and prints who launched what. Test scope only; the real tool is lti-adapter.
 */
final class TinyTool implements AutoCloseable {
  final RSAKey key = PlatformKeys.generate("tool-key-1");
  final Server server = new Server();
  final URI base;
  final Map<String, String> nonceByState = new ConcurrentHashMap<>();
  volatile URI authorizationUri;
  volatile URI platformJwks;
  volatile String clientId;
  volatile String cookieAttributes = "; Path=/; HttpOnly; Secure; SameSite=None";

  TinyTool() throws Exception {
    ServerConnector c = HttpConnectors.connector(server, "127.0.0.1", 0);
    ServletContextHandler ctx = new ServletContextHandler();
    ctx.addServlet(new ServletHolder(servlet(this::login)), "/lti/login");
    ctx.addServlet(new ServletHolder(servlet(this::launch)), "/lti/launch");
    ctx.addServlet(new ServletHolder(servlet(this::jwks)), "/lti/jwks");
    ctx.addServlet(new ServletHolder(servlet(this::moved)), "/moved");
    server.setHandler(ctx);
    server.start();
    base = URI.create("http://127.0.0.1:" + c.getLocalPort());
  }

  /** Registers this tool with {@code platform} and remembers the platform's endpoints. */
  ToolRegistration registerWith(ReferencePlatform platform, String client) {
    ToolRegistration reg = ToolRegistration.forBifTool(client, "dep-1", base);
    platform.register(reg);
    this.clientId = client;
    this.authorizationUri = platform.authorizationUri();
    this.platformJwks = platform.jwksUri();
    return reg;
  }

  interface Body {
    void handle(HttpServletRequest req, HttpServletResponse resp) throws Exception;
  }

  private static HttpServlet servlet(Body body) {
    return new HttpServlet() {
      @Override
      protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        try {
          body.handle(req, resp);
        } catch (Exception e) {
          resp.setStatus(401);
          resp.setContentType("text/plain;charset=utf-8");
          resp.getWriter().write("refused: " + e.getMessage());
        }
      }
    };
  }

  private void login(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String state = UUID.randomUUID().toString();
    String nonce = UUID.randomUUID().toString();
    nonceByState.put(state, nonce);
    resp.addHeader("Set-Cookie", "lti_state=" + state + cookieAttributes);
    String hint = req.getParameter("lti_message_hint");
    String q =
        "scope=openid&response_type=id_token&response_mode=form_post&prompt=none"
            + "&client_id="
            + enc(req.getParameter("client_id"))
            + "&redirect_uri="
            + enc(base + "/lti/launch")
            + "&login_hint="
            + enc(req.getParameter("login_hint"))
            + "&state="
            + enc(state)
            + "&nonce="
            + enc(nonce)
            + (hint == null ? "" : "&lti_message_hint=" + enc(hint));
    resp.setStatus(302);
    resp.setHeader("Location", authorizationUri + "?" + q);
  }

  private void launch(HttpServletRequest req, HttpServletResponse resp) throws Exception {
    if (req.getParameter("error") != null) {
      throw new IllegalStateException("platform error " + req.getParameter("error"));
    }
    String state = req.getParameter("state");
    String cookie = req.getHeader("Cookie");
    if (cookie == null || !cookie.contains("lti_state=" + state)) {
      throw new IllegalStateException("state cookie missing");
    }
    SignedJWT jwt = SignedJWT.parse(req.getParameter("id_token"));
    if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())) {
      throw new IllegalStateException("alg " + jwt.getHeader().getAlgorithm());
    }
    JWKSet keys = JWKSet.load(platformJwks.toURL());
    RSAKey platformKey = (RSAKey) keys.getKeyByKeyId(jwt.getHeader().getKeyID());
    if (platformKey == null || !jwt.verify(new RSASSAVerifier(platformKey))) {
      throw new IllegalStateException("bad signature");
    }
    JWTClaimsSet c = jwt.getJWTClaimsSet();
    if (!nonceByState.remove(state).equals(c.getStringClaim("nonce"))) {
      throw new IllegalStateException("nonce");
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> link = (Map<String, Object>) c.getClaim(LtiClaims.RESOURCE_LINK);
    List<String> roles = c.getStringListClaim(LtiClaims.ROLES);
    resp.setContentType("text/plain;charset=utf-8");
    resp.getWriter()
        .write(
            "launched "
                + c.getStringClaim("name")
                + " as "
                + roles.stream().map(LtiRoles::shortName).toList()
                + " into "
                + (link == null ? "-" : link.get("title"))
                + " kid "
                + jwt.getHeader().getKeyID());
  }

  /** {@code /moved?to=url}: a 307 to {@code to}. */
  private void moved(HttpServletRequest req, HttpServletResponse resp) {
    resp.setStatus(307);
    resp.setHeader("Location", req.getParameter("to"));
  }

  private void jwks(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    resp.setContentType("application/json");
    resp.getWriter().write(new JWKSet(key.toPublicJWK()).toString());
  }

  /** A client assertion as the tool would send it to the token endpoint. */
  String clientAssertion(Object audience, String jti, Date expires) throws Exception {
    JWTClaimsSet.Builder claims =
        new JWTClaimsSet.Builder()
            .issuer(clientId)
            .subject(clientId)
            .issueTime(new Date())
            .expirationTime(expires)
            .jwtID(jti);
    if (audience instanceof List<?> list) {
      claims.audience(list.stream().map(String::valueOf).toList());
    } else {
      claims.audience(String.valueOf(audience));
    }
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
            claims.build());
    jwt.sign(new RSASSASigner(key));
    return jwt.serialize();
  }

  /** Gets an access token from {@code platform}'s token endpoint for the given scopes. */
  String accessToken(ReferencePlatform platform, String... scopes) throws Exception {
    String assertion =
        clientAssertion(
            platform.tokenAudience(),
            UUID.randomUUID().toString(),
            new Date(System.currentTimeMillis() + 300_000));
    java.net.http.HttpResponse<String> answer =
        new ServiceClient()
            .postForm(
                platform.tokenUri(),
                Map.of(
                    "grant_type",
                    "client_credentials",
                    "client_assertion_type",
                    TokenEndpoint.ASSERTION_TYPE,
                    "client_assertion",
                    assertion,
                    "scope",
                    String.join(" ", scopes)));
    if (answer.statusCode() != 200) {
      throw new IllegalStateException("token endpoint: " + answer.body());
    }
    return new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(answer.body())
        .get("access_token")
        .asText();
  }

  /** The Del 1 exam as a resource link content item with a graded line item. */
  static Map<String, Object> del1ExamItem() {
    return Map.of(
        "type",
        "ltiResourceLink",
        "title",
        "Del 1 eksamen",
        "custom",
        Map.of("activity", "del1-exam"),
        "lineItem",
        Map.of("scoreMaximum", 12, "label", "Del 1", "resourceId", "del1", "tag", "exam"));
  }

  /**
   * A signed LtiDeepLinkingResponse answering {@code request}, bent by {@code bend}.
   *
   * @param request the claims of the deep linking request's id_token
   * @param bend changes to the claims before signing
   * @return the compact JWT
   */
  String deepLinkingResponse(
      JWTClaimsSet request, java.util.function.UnaryOperator<JWTClaimsSet.Builder> bend)
      throws Exception {
    Map<String, Object> settings = request.getJSONObjectClaim(LtiClaims.DEEP_LINKING_SETTINGS);
    JWTClaimsSet.Builder claims =
        new JWTClaimsSet.Builder()
            .issuer(clientId)
            .audience(request.getIssuer())
            .issueTime(new Date())
            .expirationTime(new Date(System.currentTimeMillis() + 300_000))
            .claim("nonce", UUID.randomUUID().toString())
            .claim(LtiClaims.MESSAGE_TYPE, "LtiDeepLinkingResponse")
            .claim(LtiClaims.VERSION, "1.3.0")
            .claim(LtiClaims.DEPLOYMENT_ID, request.getStringClaim(LtiClaims.DEPLOYMENT_ID))
            .claim(LtiClaims.DATA, settings.get("data"))
            .claim(LtiClaims.CONTENT_ITEMS, List.of(del1ExamItem()));
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
            bend.apply(claims).build());
    jwt.sign(new RSASSASigner(key));
    return jwt.serialize();
  }

  /** The deep_link_return_url of a deep linking request. */
  static URI returnUrl(JWTClaimsSet request) throws Exception {
    return URI.create(
        (String)
            request
                .getJSONObjectClaim(LtiClaims.DEEP_LINKING_SETTINGS)
                .get("deep_link_return_url"));
  }

  static String enc(String s) {
    return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
  }

  @Override
  public void close() throws Exception {
    server.stop();
  }
}
