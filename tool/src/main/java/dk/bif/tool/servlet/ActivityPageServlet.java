package dk.bif.tool.servlet;

import dk.bif.lti.servlet.LaunchHandler;
import dk.bif.lti.servlet.LtiServlets;
import dk.bif.lti.servlet.MalformedRequestException;
import dk.bif.lti.servlet.PageHeaders;
import dk.bif.lti.servlet.RequestParameters;
import dk.bif.tool.bridge.LaunchNotAdmittedException;
import dk.bif.tool.pages.ActivityPages;
import dk.bif.tool.pages.FormException;
import dk.bif.tool.pages.PageRequest;
import dk.bif.tool.pages.PageResult;
import dk.bif.tool.pages.PageRoute;
import dk.bif.tool.pages.PageSession;
import dk.bif.tool.pages.Rendered;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Serves the activity pages under {@value ActivityPages#ROOT}: reads the page session cookie,
 * refuses what no route may see (no session 401, wrong role 403, bad CSRF token 403, bad form 400),
 * runs the route and writes its page or redirect with the security headers every page carries.
 * Thread-safe.
 */
public final class ActivityPageServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final System.Logger LOG = System.getLogger(ActivityPageServlet.class.getName());

  private final transient ActivityPages pages;
  private final transient byte[] styleSheet;
  private final transient byte[] deliveryScript;

  private ActivityPageServlet(ActivityPages pages) {
    this.pages = Objects.requireNonNull(pages, "pages");
    try (InputStream in =
        ActivityPages.class.getResourceAsStream("/dk/bif/tool/pages/static/bif.css")) {
      this.styleSheet = Objects.requireNonNull(in, "bif.css on the class path").readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the style sheet", e);
    }
    try (InputStream in =
        ActivityPages.class.getResourceAsStream("/dk/bif/tool/pages/static/delivery-state.js")) {
      this.deliveryScript =
          Objects.requireNonNull(in, "delivery-state.js on the class path").readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the delivery script", e);
    }
  }

  /**
   * Mounts the pages on a servlet context, under {@value ActivityPages#ROOT}.
   *
   * @param context the context, before it starts
   * @param pages the pages
   */
  public static void register(ServletContext context, ActivityPages pages) {
    context
        .addServlet("bif-activity-pages", new ActivityPageServlet(pages))
        .addMapping(ActivityPages.ROOT + "/*");
  }

  /**
   * The launch handler that opens a page session and sends the user to their page.
   *
   * @param pages the pages
   * @return the handler
   */
  static LaunchHandler launchHandler(ActivityPages pages) {
    return (launch, request, response) -> {
      ActivityPages.Opened opened;
      try {
        opened = pages.open(launch);
      } catch (LaunchNotAdmittedException e) {
        BridgedLaunchPage.notAdmitted(launch, response, e);
        return;
      }
      response.addHeader(
          "Set-Cookie",
          sessionCookie(
              request.getContextPath(), opened.cookieValue(), opened.lifetime().toSeconds()));
      securityHeaders(response, pages);
      response.setStatus(HttpServletResponse.SC_SEE_OTHER);
      // straight to the role's page; the landing path, which says why, when there is none
      // the page's launch and token travel with it: the tab keeps this session without a cookie,
      // and when another launch in another tab replaces the cookie
      response.setHeader(
          "Location",
          request.getContextPath()
              + pages.landing(opened.session()).orElse(ActivityPages.LANDING_PATH)
              + "?"
              + pages.sessionQuery(opened.session()));
    };
  }

  /**
   * The page session cookie: HttpOnly; Secure and SameSite=None because the LMS frames our pages
   * from another site; Partitioned (CHIPS) so browsers that block third-party cookies keep it for
   * this LMS's frame.
   */
  static String sessionCookie(String contextPath, String value, long maxAgeSeconds) {
    return ActivityPages.SESSION_COOKIE
        + "="
        + value
        + "; Path="
        + contextPath
        + ActivityPages.ROOT
        + "; Max-Age="
        + maxAgeSeconds
        + "; HttpOnly; Secure; SameSite=None; Partitioned";
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (ActivityPages.STYLE_PATH.equals(path(request))) {
      response.setContentType("text/css;charset=UTF-8");
      response.setHeader("Cache-Control", "max-age=3600");
      response.setHeader("X-Content-Type-Options", "nosniff");
      response.getOutputStream().write(styleSheet);
      return;
    }
    if (ActivityPages.DELIVERY_SCRIPT_PATH.equals(path(request))) {
      response.setContentType("text/javascript;charset=UTF-8");
      response.setHeader("Cache-Control", "max-age=3600");
      response.setHeader("X-Content-Type-Options", "nosniff");
      response.getOutputStream().write(deliveryScript);
      return;
    }
    serve("GET", request, response);
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    serve("POST", request, response);
  }

  private void serve(String method, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = path(request);
    String contextPath = request.getContextPath();
    // without a session, the browser's language; Danish when it names none
    Locale locale =
        request.getHeader("Accept-Language") == null
            ? dk.bif.tool.pages.Messages.DANISH
            : request.getLocale();
    Map<String, String> sent = sessionParameters(request);
    String sessionId = sent.get(ActivityPages.SESSION_ID_PARAMETER);
    String pageToken = sent.get(ActivityPages.PAGE_TOKEN_PARAMETER);
    String cookie = cookie(request);
    Optional<PageSession> session = pages.session(cookie, sessionId, pageToken);
    try {
      if (session.isEmpty() && method.equals("POST") && sessionId != null) {
        // a form of a session that no longer holds: shown again, never dropped
        Optional<PageSession> newer =
            pages
                .formerSession(sessionId, pageToken)
                .flatMap(
                    former ->
                        pages
                            .session(cookie)
                            .filter(
                                now ->
                                    now.issuer().equals(former.issuer())
                                        && now.lmsUser().equals(former.lmsUser())
                                        && pages
                                            .route(method, path)
                                            .map(r -> r.allowed().stream().anyMatch(now::is))
                                            .orElse(false)));
        java.util.Set<String> own =
            java.util.Set.of(
                ActivityPages.CSRF_FIELD,
                ActivityPages.SESSION_ID_PARAMETER,
                ActivityPages.PAGE_TOKEN_PARAMETER);
        Map<String, String> inQuery = queryOrEmpty(request);
        Map<String, String> typed = new java.util.TreeMap<>(sent);
        typed.keySet().removeAll(own);
        typed.keySet().removeAll(inQuery.keySet());
        StringBuilder action = new StringBuilder(path);
        inQuery.forEach(
            (name, value) -> {
              if (own.contains(name)) return;
              action
                  .append(action.indexOf("?") < 0 ? '?' : '&')
                  .append(java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8))
                  .append('=')
                  .append(
                      java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
            });
        LOG.log(
            Level.INFO,
            "page POST {0}: its session no longer holds; the form is shown again ({1})",
            path,
            newer.isPresent() ? "the same user's newer session may post it" : "no newer session");
        write(response, pages.sessionLost(action.toString(), typed, newer, locale, contextPath));
        return;
      }
      if (session.isEmpty()) {
        write(
            response,
            pages.message(
                401,
                "SESSION_MISSING",
                "error.session.heading",
                "error.session.text",
                Optional.empty(),
                locale,
                contextPath));
        return;
      }
      PageSession s = session.get();
      if (method.equals("GET") && ActivityPages.LANDING_PATH.equals(path)) {
        Optional<String> landing = pages.landing(s);
        if (landing.isPresent()) {
          response.setStatus(HttpServletResponse.SC_SEE_OTHER);
          response.setHeader("Location", contextPath + landing.get());
        } else {
          refuse(response, s, contextPath, 403, "ROLE_DENIED", "error.noRole.text");
        }
        return;
      }
      Optional<PageRoute> route = pages.route(method, path);
      if (route.isEmpty()) {
        boolean other = pages.route(method.equals("GET") ? "POST" : "GET", path).isPresent();
        refuse(
            response,
            s,
            contextPath,
            other ? 405 : 404,
            other ? "METHOD_NOT_ALLOWED" : "NOT_FOUND",
            other ? "error.method.text" : "error.notFound.text");
        return;
      }
      if (route.get().allowed().stream().noneMatch(s::is)) {
        refuse(response, s, contextPath, 403, "ROLE_DENIED", "error.role.text");
        return;
      }
      Map<String, String> query;
      Map<String, String> form;
      try {
        query = RequestParameters.query(request);
        form = method.equals("POST") ? fields(request, query) : Map.of();
      } catch (MalformedRequestException e) {
        String id = LtiServlets.correlationId();
        LOG.log(
            Level.INFO,
            "page {0} {1} refused [{2}] {3}: {4}",
            method,
            path,
            id,
            e.code(),
            e.getMessage());
        write(
            response,
            pages.message(
                400,
                e.code().name(),
                "error.request.heading",
                "error.request.text",
                session,
                locale,
                contextPath,
                id));
        return;
      }
      if (method.equals("POST") && !pages.csrfValid(s, form.get(ActivityPages.CSRF_FIELD))) {
        refuse(response, s, contextPath, 403, "CSRF_INVALID", "error.csrf.text");
        return;
      }
      PageResult result;
      try {
        result = route.get().handler().apply(new PageRequest(s, path, form, query));
      } catch (FormException e) {
        LOG.log(Level.INFO, "form refused on {0}: {1}", path, e.getMessage());
        write(
            response,
            pages.message(
                400,
                "FORM_INVALID",
                "error.form.heading",
                "error.form.text",
                session,
                locale,
                contextPath,
                e.field(),
                e.expected()));
        return;
      }
      if (result instanceof PageResult.Refusal r) {
        LOG.log(
            Level.INFO,
            "page refused {0} {1} to {2}: {3}",
            method,
            path,
            s.lmsUser(),
            r.messageKey());
      }
      if (result instanceof PageResult.Json j) {
        securityHeaders(response, pages);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write(j.body());
        return;
      }
      if (result instanceof PageResult.Download d) {
        securityHeaders(response, pages);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + d.fileName() + "\"");
        response.setContentType(d.contentType());
        response.setContentLength(d.body().length);
        response.getOutputStream().write(d.body());
        return;
      }
      write(
          response,
          pages.render(result, s, contextPath, query.get(ActivityPages.NOTICE_PARAMETER)));
    } catch (RuntimeException e) {
      String id = LtiServlets.correlationId();
      LOG.log(Level.ERROR, "page " + method + " " + path + " failed [" + id + "]", e);
      if (response.isCommitted()) return;
      response.resetBuffer();
      write(
          response,
          pages.message(
              500,
              "INTERNAL_ERROR",
              "error.internal.heading",
              "error.internal.text",
              session,
              locale,
              contextPath,
              id));
    }
  }

  private void refuse(
      HttpServletResponse response,
      PageSession s,
      String contextPath,
      int status,
      String code,
      String textKey)
      throws IOException {
    LOG.log(Level.INFO, "page refused {0} to {1}", code, s.lmsUser());
    String heading =
        switch (code) {
          case "CSRF_INVALID" -> "error.csrf.heading";
          case "NOT_FOUND" -> "error.notFound.heading";
          default -> "error.denied.heading";
        };
    write(
        response,
        pages.message(status, code, heading, textKey, Optional.of(s), s.locale(), contextPath));
  }

  private void write(HttpServletResponse response, Rendered rendered) throws IOException {
    securityHeaders(response, pages);
    response.setStatus(rendered.status());
    if (rendered.location().isPresent()) {
      response.setHeader("Location", rendered.location().get());
      return;
    }
    response.setContentType("text/html;charset=UTF-8");
    response.getWriter().write(rendered.html().orElseThrow());
  }

  private static void securityHeaders(HttpServletResponse response, ActivityPages pages) {
    PageHeaders.page(response, pages.contentSecurityPolicy());
  }

  private static String path(HttpServletRequest request) {
    return request.getServletPath() + Objects.toString(request.getPathInfo(), "");
  }

  private static String cookie(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) return null;
    for (Cookie c : cookies) {
      if (c.getName().equals(ActivityPages.SESSION_COOKIE)) return c.getValue();
    }
    return null;
  }

  /**
   * The query and, for a POST, the form, read once before the session is known (for its session id
   * and page token); a request that cannot be read gives none here and is refused later.
   */
  private static Map<String, String> sessionParameters(HttpServletRequest request) {
    try {
      return RequestParameters.of(request);
    } catch (MalformedRequestException e) {
      return Map.of();
    }
  }

  private static Map<String, String> queryOrEmpty(HttpServletRequest request) {
    try {
      return new java.util.TreeMap<>(RequestParameters.query(request));
    } catch (MalformedRequestException e) {
      return Map.of();
    }
  }

  /** The posted form: body fields only, so a query string cannot smuggle in a field. */
  private static Map<String, String> fields(HttpServletRequest request, Map<String, String> inQuery)
      throws MalformedRequestException {
    Map<String, String> fields = new HashMap<>(RequestParameters.of(request));
    fields.keySet().removeAll(inQuery.keySet());
    return fields;
  }
}
