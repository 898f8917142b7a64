package dk.bif.lti.testkit;

import jakarta.servlet.http.Cookie;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The platform side of the OIDC launch: the page that sends the third-party login initiation, and
 * the authorization endpoint that answers the tool's authentication request with an auto-submitting
 * form carrying the id_token (LTI 1.3 Core §4.1, 1EdTech Security Framework §5.1.1).
 */
final class OidcEndpoints {
  private final ReferencePlatform platform;

  OidcEndpoints(ReferencePlatform platform) {
    this.platform = platform;
  }

  /** {@code GET launch?launch=id}: log the user in and send the login initiation to the tool. */
  void launchPage(Exchange ex) throws IOException {
    Optional<LaunchRequest> request = ex.param("launch").flatMap(platform::takePrepared);
    if (request.isEmpty()) {
      ex.html(404, page("Unknown launch", "This launch link is unknown or was already used."));
      return;
    }
    PendingLaunch checked = platform.resolve(request.get(), Optional.empty());
    if (!platform.toolActive(checked.tool().clientId())) {
      ex.html(
          403,
          page(
              "Tool not active",
              "This tool was registered but is not active yet: a site administrator must activate"
                  + " it first."));
      return;
    }
    String session = platform.randomToken();
    Cookie cookie = new Cookie(ReferencePlatform.SESSION_COOKIE, session);
    cookie.setPath("/");
    cookie.setHttpOnly(true);
    if (platform.baseUri().getHost().equals("localhost")) {
      // on another site than a tool on 127.0.0.1 the authorization request comes from the tool's
      // frame, a cross-site subframe navigation: a Lax cookie would stay behind (Moodle: None too)
      cookie.setAttribute("SameSite", "None");
      cookie.setSecure(true);
    } else {
      cookie.setAttribute("SameSite", "Lax");
    }
    ex.response.addCookie(cookie);
    PendingLaunch launch = platform.resolve(request.get(), Optional.of(session));
    LoginInitiation login = platform.initiate(launch);
    if (login.post()) {
      ex.html(200, Exchange.autoPostForm(login.loginUri().toString(), login.parameters()));
    } else {
      ex.response.setHeader("Location", login.asGetUri().toString());
      ex.empty(302);
    }
  }

  /**
   * {@code GET return}: where {@code launch_presentation.return_url} leads; shows the tool's {@code
   * lti_msg} or {@code lti_errormsg}.
   */
  void returnPage(Exchange ex) throws IOException {
    String text =
        ex.param("lti_errormsg")
            .map(m -> "The tool reported an error: " + m)
            .or(() -> ex.param("lti_msg"))
            .orElse("You are back in the course.");
    ex.html(200, page("Back from the tool", text));
  }

  /** {@code GET|POST auth}: the OIDC authentication request. */
  void authorize(Exchange ex) throws IOException {
    String clientId = ex.param("client_id").orElse("");
    Optional<ToolRegistration> tool =
        clientId.isEmpty() ? Optional.empty() : platform.tool(clientId);
    if (tool.isEmpty()) {
      refuseHere(
          ex,
          clientId,
          "unauthorized_client",
          "client_id is missing or not registered: " + clientId);
      return;
    }
    String redirect = ex.param("redirect_uri").orElse("");
    if (tool.get().redirectUris().stream().noneMatch(u -> u.toString().equals(redirect))) {
      refuseHere(
          ex,
          clientId,
          "invalid_request",
          "redirect_uri is not one of the registered redirection URIs: " + redirect);
      return;
    }
    Optional<String> state = ex.param("state");
    String problem = checkParameters(ex);
    if (!problem.isEmpty()) {
      String[] parts = problem.split(" ", 2);
      refuseToTool(ex, clientId, redirect, state, parts[0], parts[1]);
      return;
    }
    Optional<PendingLaunch> launch = ex.param("lti_message_hint").flatMap(platform::takePending);
    if (launch.isEmpty()) {
      refuseToTool(
          ex,
          clientId,
          redirect,
          state,
          "invalid_request",
          "lti_message_hint is missing, unknown or already used");
      return;
    }
    PendingLaunch l = launch.get();
    String mismatch = checkLaunch(ex, l, clientId);
    if (!mismatch.isEmpty()) {
      String[] parts = mismatch.split(" ", 2);
      refuseToTool(ex, clientId, redirect, state, parts[0], parts[1]);
      return;
    }
    String idToken =
        platform.tokens().forAuthorization(l, ex.param("nonce").orElseThrow()).compact();
    if (l.messageType().equals(LaunchRequest.DEEP_LINKING_REQUEST)) {
      platform.rememberDeepLinkRequest(l);
    }
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("id_token", idToken);
    state.ifPresent(s -> fields.put("state", s));
    platform.log(new AuthorizationOutcome(platform.clock().instant(), clientId, "", ""));
    ex.html(200, Exchange.autoPostForm(redirect, fields));
  }

  /** The fixed parameters of an LTI authentication request; "" when all are right. */
  private static String checkParameters(Exchange ex) {
    if (!ex.param("scope").map(s -> s.equals("openid")).orElse(false)) {
      return "invalid_scope scope must be openid, was " + ex.param("scope").orElse("(missing)");
    }
    if (!ex.param("response_type").map(s -> s.equals("id_token")).orElse(false)) {
      return "unsupported_response_type response_type must be id_token, was "
          + ex.param("response_type").orElse("(missing)");
    }
    if (!ex.param("response_mode").map(s -> s.equals("form_post")).orElse(false)) {
      return "invalid_request response_mode must be form_post, was "
          + ex.param("response_mode").orElse("(missing)");
    }
    if (!ex.param("prompt").map(s -> s.equals("none")).orElse(false)) {
      return "invalid_request prompt must be none, was " + ex.param("prompt").orElse("(missing)");
    }
    if (ex.param("nonce").map(String::isBlank).orElse(true)) {
      return "invalid_request nonce is required";
    }
    if (ex.param("login_hint").map(String::isBlank).orElse(true)) {
      return "invalid_request login_hint is required";
    }
    return "";
  }

  /** The request against the launch it continues; "" when they agree. */
  private static String checkLaunch(Exchange ex, PendingLaunch l, String clientId) {
    if (!l.tool().clientId().equals(clientId)) {
      return "invalid_request client_id " + clientId + " is not the client of this launch";
    }
    if (!l.user().sub().equals(ex.param("login_hint").orElse(""))) {
      return "login_required login_hint does not match the user of this launch";
    }
    if (l.session().isPresent()
        && !l.session().equals(ex.cookie(ReferencePlatform.SESSION_COOKIE))) {
      return "login_required the browser has no platform session for this user";
    }
    return "";
  }

  /** An error that cannot go back to the tool: shown on the platform's own page (400). */
  private void refuseHere(Exchange ex, String clientId, String error, String description)
      throws IOException {
    platform.log(
        new AuthorizationOutcome(platform.clock().instant(), clientId, error, description));
    ex.html(400, page("Launch refused", error + ": " + description));
  }

  /** An OIDC error posted back to the registered redirect URI with the state. */
  private void refuseToTool(
      Exchange ex,
      String clientId,
      String redirect,
      Optional<String> state,
      String error,
      String description)
      throws IOException {
    platform.log(
        new AuthorizationOutcome(platform.clock().instant(), clientId, error, description));
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("error", error);
    fields.put("error_description", description);
    state.ifPresent(s -> fields.put("state", s));
    ex.html(200, Exchange.autoPostForm(redirect, fields));
  }

  static String page(String title, String text) {
    return page(title, text, Optional.empty());
  }

  /**
   * A plain platform page; with {@code back}, a link that opens it in the whole window (the page
   * may be shown inside the tool's frame).
   */
  static String page(String title, String text, Optional<URI> back) {
    String link =
        back.map(
                uri ->
                    "<p><a id=\"back-to-course\" href=\""
                        + Exchange.escapeHtml(uri.toString())
                        + "\" target=\"_top\">Back to the course</a></p>")
            .orElse("");
    return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
        + Exchange.escapeHtml(title)
        + "</title></head><body><main><h1>"
        + Exchange.escapeHtml(title)
        + "</h1><p>"
        + Exchange.escapeHtml(text)
        + "</p>"
        + link
        + "</main></body></html>\n";
  }
}
