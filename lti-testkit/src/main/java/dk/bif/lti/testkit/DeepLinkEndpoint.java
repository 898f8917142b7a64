package dk.bif.lti.testkit;

import com.nimbusds.jwt.JWTClaimsSet;
import java.io.IOException;
import java.text.ParseException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The deep linking return URL: verifies the tool's signed {@code LtiDeepLinkingResponse} (Deep
 * Linking 2.0 §4.2; the tool's key set, {@code iss} = client_id, {@code aud} = the platform issuer,
 * a fresh nonce, the request's deployment and {@code data}) and creates the resource links and line
 * items it carries.
 */
final class DeepLinkEndpoint {
  private final ReferencePlatform platform;
  private final ToolJwtVerifier verifier = new ToolJwtVerifier();
  private final Set<String> nonces = ConcurrentHashMap.newKeySet();
  private final AtomicInteger linkIds = new AtomicInteger();

  DeepLinkEndpoint(ReferencePlatform platform) {
    this.platform = platform;
  }

  void handle(Exchange ex) throws IOException {
    String hint = ex.param("launch").or(() -> ex.param("sesskey")).orElse("");
    Optional<PendingLaunch> request = platform.deepLinkRequest(hint);
    if (request.isEmpty()) {
      refuse(ex, "", "the return URL names no deep linking request of this platform");
      return;
    }
    PendingLaunch req = request.get();
    String clientId = req.tool().clientId();
    Optional<String> jwt = ex.param("JWT");
    if (jwt.isEmpty()) {
      refuse(ex, clientId, "the form field JWT is missing");
      return;
    }
    JWTClaimsSet claims;
    try {
      claims = verifier.verify(jwt.get(), req.tool(), "invalid_signature");
    } catch (ToolJwtVerifier.Refused e) {
      refuse(ex, clientId, e.getMessage());
      return;
    }
    String problem;
    List<Map<String, Object>> items;
    try {
      problem = check(claims, req);
      items = problem.isEmpty() ? items(claims, req) : List.of();
    } catch (ParseException e) {
      problem = "a claim has the wrong type: " + e.getMessage();
      items = List.of();
    } catch (Refusal e) {
      problem = e.getMessage();
      items = List.of();
    }
    if (!problem.isEmpty()) {
      refuse(ex, clientId, problem);
      return;
    }
    List<String> links = new ArrayList<>();
    List<String> lineItems = new ArrayList<>();
    for (Map<String, Object> item : items) {
      if ("ltiResourceLink".equals(item.get("type"))) {
        create(item, req, links, lineItems);
      }
    }
    String msg = stringClaim(claims, LtiClaims.MSG);
    platform.log(
        new DeepLinkReturn(platform.clock().instant(), clientId, "", items, links, lineItems, msg));
    List<String> titles =
        links.stream().map(id -> platform.link(id).map(ResourceLink::title).orElse(id)).toList();
    String added =
        titles.isEmpty()
            ? items.size() + " item(s) added."
            : titles.size() + " activity link(s) added: " + String.join(", ", titles) + ".";
    Optional<java.net.URI> back =
        req.course().flatMap(c -> platform.coursePage(c.id(), req.user().sub()));
    ex.html(200, OidcEndpoints.page("Content added", (added + " " + msg).strip(), back));
  }

  private String check(JWTClaimsSet c, PendingLaunch req) throws ParseException {
    String clientId = req.tool().clientId();
    if (!clientId.equals(c.getIssuer())) {
      return "iss must be the client_id " + clientId + ", was " + c.getIssuer();
    }
    if (c.getAudience() == null || !c.getAudience().contains(platform.issuer())) {
      return "aud must contain the platform issuer "
          + platform.issuer()
          + ", was "
          + c.getAudience();
    }
    Instant now = platform.clock().instant();
    if (c.getExpirationTime() == null || !c.getExpirationTime().toInstant().isAfter(now)) {
      return "exp is missing or past";
    }
    if (c.getIssueTime() == null) {
      return "iat is required";
    }
    String nonce = c.getStringClaim("nonce");
    if (nonce == null || nonce.isBlank()) {
      return "nonce is required";
    }
    if (!nonces.add(clientId + " " + nonce)) {
      return "nonce " + nonce + " was used before";
    }
    if (!"LtiDeepLinkingResponse".equals(c.getStringClaim(LtiClaims.MESSAGE_TYPE))) {
      return "message_type must be LtiDeepLinkingResponse, was "
          + c.getClaim(LtiClaims.MESSAGE_TYPE);
    }
    if (!"1.3.0".equals(c.getStringClaim(LtiClaims.VERSION))) {
      return "version must be 1.3.0, was " + c.getClaim(LtiClaims.VERSION);
    }
    if (!req.deploymentId().equals(c.getStringClaim(LtiClaims.DEPLOYMENT_ID))) {
      return "deployment_id must be "
          + req.deploymentId()
          + ", was "
          + c.getClaim(LtiClaims.DEPLOYMENT_ID);
    }
    String data = req.deepLinkingSettings().map(DeepLinkingSettings::data).orElse("");
    if (!data.isEmpty() && !data.equals(c.getStringClaim(LtiClaims.DATA))) {
      return "data must echo the request's data " + data + ", was " + c.getClaim(LtiClaims.DATA);
    }
    return "";
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> items(JWTClaimsSet c, PendingLaunch req) {
    Object raw = c.getClaim(LtiClaims.CONTENT_ITEMS);
    if (raw == null) {
      return List.of();
    }
    if (!(raw instanceof List<?> list)) {
      throw new Refusal("content_items must be an array");
    }
    DeepLinkingSettings s = req.deepLinkingSettings().orElseThrow();
    if (list.size() > 1 && !s.acceptMultiple()) {
      throw new Refusal("content_items has " + list.size() + " items but accept_multiple is false");
    }
    List<Map<String, Object>> out = new ArrayList<>();
    for (Object o : list) {
      if (!(o instanceof Map<?, ?> m)) {
        throw new Refusal("every content item must be an object");
      }
      Object type = m.get("type");
      if (!s.acceptTypes().contains(type)) {
        throw new Refusal(
            "content item type " + type + " is not in accept_types " + s.acceptTypes());
      }
      if (m.get("lineItem") instanceof Map<?, ?> li
          && (!(li.get("scoreMaximum") instanceof Number max) || !(max.doubleValue() > 0))) {
        throw new Refusal("lineItem.scoreMaximum must be a number above 0");
      }
      out.add(new LinkedHashMap<>((Map<String, Object>) m));
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private void create(
      Map<String, Object> item, PendingLaunch req, List<String> links, List<String> lineItems) {
    Course course = req.course().orElseThrow();
    String id = "dl-" + linkIds.incrementAndGet() + "-" + platform.randomToken().substring(0, 6);
    String title = String.valueOf(item.getOrDefault("title", "Untitled"));
    ResourceLink link = ResourceLink.of(id, course.id(), title);
    if (item.get("custom") instanceof Map<?, ?> custom) {
      for (Map.Entry<?, ?> e : custom.entrySet()) {
        link = link.withCustom(String.valueOf(e.getKey()), String.valueOf(e.getValue()));
      }
    }
    if (item.get("url") instanceof String url && !url.isBlank()) {
      link = link.withTargetLinkUri(java.net.URI.create(url));
    }
    platform.addLink(link);
    links.add(id);
    boolean acceptsLineItem =
        req.deepLinkingSettings().map(DeepLinkingSettings::acceptLineItem).orElse(false);
    if (acceptsLineItem && item.get("lineItem") instanceof Map<?, ?> li) {
      Map<String, Object> l = (Map<String, Object>) li;
      double max = ((Number) l.get("scoreMaximum")).doubleValue();
      LineItem created =
          platform
              .gradebook()
              .createLineItem(
                  course.id(),
                  String.valueOf(l.getOrDefault("label", title)),
                  max,
                  Optional.of(id),
                  Optional.ofNullable(l.get("resourceId")).map(String::valueOf),
                  Optional.ofNullable(l.get("tag")).map(String::valueOf));
      lineItems.add(created.id());
    }
  }

  /** A content item the platform cannot accept; the message names what is wrong. */
  private static final class Refusal extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Refusal(String message) {
      super(message);
    }
  }

  private static String stringClaim(JWTClaimsSet c, String name) {
    Object v = c.getClaim(name);
    return v == null ? "" : String.valueOf(v);
  }

  private void refuse(Exchange ex, String clientId, String problem) throws IOException {
    platform.log(
        new DeepLinkReturn(
            platform.clock().instant(), clientId, problem, List.of(), List.of(), List.of(), ""));
    ex.html(400, OidcEndpoints.page("Deep linking refused", problem));
  }
}
