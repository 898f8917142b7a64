package dk.bif.tool.pages;

import dk.bif.core.curriculum.Catalogue;
import dk.bif.lti.launch.LtiContext;
import dk.bif.lti.launch.LtiLaunch;
import dk.bif.lti.registration.RegistrationRepository;
import dk.bif.lti.tool.ContentSecurityPolicy;
import dk.bif.tool.bridge.Activity;
import dk.bif.tool.bridge.ActivityVisit;
import dk.bif.tool.bridge.BifRole;
import dk.bif.tool.bridge.LaunchBridge;
import dk.bif.tool.bridge.UnknownActivityException;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The activity pages: opens a page session for each launch, finds the route for a request, checks
 * its CSRF token, and renders what the route answers through the precompiled templates. The servlet
 * glue ({@code dk.bif.tool.servlet.ActivityPageServlet}) does the HTTP around it. Thread-safe;
 * build one per tool and share it.
 */
public final class ActivityPages {

  /** Where all pages live. */
  public static final String ROOT = "/bif";

  /** Where a launch lands; it sends each role on to its own page. */
  public static final String LANDING_PATH = ROOT + "/activity";

  /** Where the style sheet is served from. */
  public static final String STYLE_PATH = ROOT + "/static/bif.css";

  /** The teacher page's script that follows grade deliveries without a reload. */
  public static final String DELIVERY_SCRIPT_PATH = ROOT + "/static/delivery-state.js";

  /**
   * The link and form parameter that names the page's own launch (its page session id): a tab keeps
   * its session when another launch, in another tab, replaces the cookie.
   */
  public static final String SESSION_ID_PARAMETER = "bif_sid";

  /**
   * The link and form parameter with the page token: the page's session, signed and short-lived,
   * for a browser that sends the tool no cookie. Only in the tool's own links and forms.
   */
  public static final String PAGE_TOKEN_PARAMETER = "bif_page";

  /** The page session cookie. */
  public static final String SESSION_COOKIE = "bif_session";

  /** The form field that carries the CSRF token. */
  public static final String CSRF_FIELD = "csrf";

  /** The query parameter that carries a signed notice across a redirect. */
  public static final String NOTICE_PARAMETER = "notice";

  /** How long a page session lasts: a working day, after which the user launches again. */
  public static final Duration DEFAULT_SESSION_LIFETIME = Duration.ofHours(8);

  private static final String TEMPLATE_PACKAGE = "dk.bif.tool.pages.templates";

  private final LaunchBridge bridge;
  private final PageSessions sessions;
  private final Map<String, PageRoute> routes;
  private final ContentSecurityPolicy contentSecurityPolicy;
  private final Clock clock;
  private final Duration sessionLifetime;
  private final java.util.function.Function<PageSession, Optional<String>> detour;

  /** The precompiled templates; stateless, so one engine serves every instance. */
  private static final TemplateEngine TEMPLATES =
      TemplateEngine.createPrecompiled(
          null, ContentType.Html, ActivityPages.class.getClassLoader(), TEMPLATE_PACKAGE);

  private ActivityPages(Builder b) {
    this.bridge = Objects.requireNonNull(b.bridge, "bridge");
    this.clock = b.clock;
    this.sessions =
        new PageSessions(
            Objects.requireNonNull(b.sessionSecret, "sessionSecret"),
            Objects.requireNonNull(b.catalogue, "catalogue"),
            clock);
    Map<String, PageRoute> byKey = new LinkedHashMap<>();
    for (PageRoutes area : b.areas) {
      for (PageRoute route : area.routes()) {
        if (byKey.putIfAbsent(route.method() + " " + route.path(), route) != null)
          throw new IllegalArgumentException(
              "two routes for " + route.method() + " " + route.path());
      }
    }
    this.routes = Map.copyOf(byKey);
    this.contentSecurityPolicy =
        new ContentSecurityPolicy(
            Objects.requireNonNull(b.registrations, "registrations"), b.frameOrigins, clock);
    this.sessionLifetime = b.sessionLifetime;
    this.detour = b.detour;
  }

  /** Starts configuring the pages. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Takes a launch into the programme and opens a page session for it.
   *
   * @param launch the validated launch
   * @return the session and its cookie value
   * @throws UnknownActivityException when the placement names no activity of the catalogue
   */
  public Opened open(LtiLaunch launch) {
    ActivityVisit visit = bridge.admit(launch);
    PageSession session =
        new PageSession(
            sessions.newId(),
            launch.platform().issuer().value(),
            launch.platform().clientId().value(),
            launch.deployment().id().value(),
            launch.user().subject().orElse(""),
            launch.user().displayName(),
            visit.employee(),
            visit.roles(),
            visit.cohort(),
            visit.activity(),
            launch.context().map(LtiContext::id),
            launch.resourceLink().map(dk.bif.lti.launch.ResourceLink::id),
            visit.participation(),
            visit.reason(),
            launch.locale().map(Messages::language).orElse(Messages.DANISH),
            clock.instant().plus(sessionLifetime));
    return new Opened(session, sessions.seal(session), sessionLifetime);
  }

  /**
   * A session and the cookie value that carries it.
   *
   * @param session the session
   * @param cookieValue the signed value for {@link #SESSION_COOKIE}
   * @param lifetime the cookie's max age
   */
  public record Opened(PageSession session, String cookieValue, Duration lifetime) {}

  /**
   * The session a cookie value carries.
   *
   * @param cookieValue the cookie's value, or null when the browser sent none
   * @return the session, when the value is ours, intact and not expired
   */
  public Optional<PageSession> session(String cookieValue) {
    return sessions.open(cookieValue);
  }

  /**
   * The session of a request: the cookie's when the page names no launch or the cookie is that
   * launch's (the first choice where cookies work); otherwise the page token's, when it is intact,
   * unexpired and of the launch the page names.
   *
   * @param cookieValue the session cookie's value, or null
   * @param sessionId the {@link #SESSION_ID_PARAMETER} of the request, or null
   * @param pageToken the {@link #PAGE_TOKEN_PARAMETER} of the request, or null
   * @return the session the page belongs to
   */
  public Optional<PageSession> session(String cookieValue, String sessionId, String pageToken) {
    Optional<PageSession> cookie = sessions.open(cookieValue);
    if (sessionId == null || sessionId.isEmpty()) return cookie;
    if (cookie.isPresent() && PageSessions.equal(cookie.get().id(), sessionId)) return cookie;
    return sessions.openPageToken(pageToken, sessionId);
  }

  /**
   * Who a page whose session no longer holds belonged to (its page token verifies but has expired,
   * or its launch's cookie was replaced), to offer what was typed to that person's newer session.
   *
   * @param sessionId the page's session id
   * @param pageToken the page's token
   * @return the former session
   */
  public Optional<PageSession> formerSession(String sessionId, String pageToken) {
    return sessions.readExpiredPageToken(pageToken, sessionId);
  }

  /**
   * The query that carries a session in a link of the tool's own: {@code bif_sid=…&bif_page=…}.
   *
   * @param session the session
   * @return the query, without {@code ?}
   */
  public String sessionQuery(PageSession session) {
    return SESSION_ID_PARAMETER
        + "="
        + session.id()
        + "&"
        + PAGE_TOKEN_PARAMETER
        + "="
        + sessions.pageToken(session);
  }

  /**
   * The page shown for a form posted with a session that no longer holds: what was typed, and, when
   * the same person has a newer session in this browser, a button that posts it again there.
   *
   * @param path the form's path
   * @param typed the posted fields, without the CSRF and session fields
   * @param newer the same person's current session, when there is one that may post the form
   * @param locale the language when there is no session
   * @param contextPath the servlet context path
   * @return the page (409)
   */
  public Rendered sessionLost(
      String path,
      Map<String, String> typed,
      Optional<PageSession> newer,
      Locale locale,
      String contextPath) {
    Messages messages = Messages.of(newer.map(PageSession::locale).orElse(locale));
    Chrome chrome =
        new Chrome(
            messages,
            newer,
            newer.map(sessions::csrfToken).orElse(""),
            newer.map(sessions::pageToken).orElse(""),
            contextPath,
            messages.text("error.sessionLost.heading"),
            Optional.empty(),
            List.of());
    return Rendered.page(
        409, page("sessionLost.jte", new SessionLost(path, typed, newer.isPresent()), chrome));
  }

  /**
   * What the session-lost page shows.
   *
   * @param path where the form posts
   * @param typed what was typed, by field name
   * @param canContinue whether a newer session of the same person can post it
   */
  public record SessionLost(String path, Map<String, String> typed, boolean canContinue) {
    /** Checks and copies. */
    public SessionLost {
      Objects.requireNonNull(path, "path");
      typed = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(typed));
    }
  }

  /**
   * Whether a form's CSRF token belongs to the session.
   *
   * @param session the session
   * @param token the submitted token, or null
   * @return true when it does
   */
  public boolean csrfValid(PageSession session, String token) {
    return sessions.csrfValid(session, token);
  }

  /**
   * The CSRF token of a session, as the pages put it in every form.
   *
   * @param session the session
   * @return the token
   */
  public String csrfToken(PageSession session) {
    return sessions.csrfToken(session);
  }

  /**
   * The route for a request.
   *
   * @param method {@code GET} or {@code POST}
   * @param path the path below the context path
   * @return the route, when one answers that method and path
   */
  public Optional<PageRoute> route(String method, String path) {
    return Optional.ofNullable(routes.get(method + " " + path));
  }

  /**
   * Where a session's user lands after a launch: the {@linkplain Builder#detour detour}'s page when
   * it names one, else the teacher's, leader's or participant's page, in that order of precedence.
   * A participant who launched the self-assessment lands on its own page.
   *
   * @param session the session
   * @return the path, or empty when the user has none of those roles
   */
  public Optional<String> landing(PageSession session) {
    Optional<String> away = detour.apply(session).filter(p -> routes.containsKey("GET " + p));
    if (away.isPresent()) return away;
    for (BifRole role : List.of(BifRole.TEACHER, BifRole.LEADER, BifRole.PARTICIPANT)) {
      String path = ROOT + "/" + role.name().toLowerCase(Locale.ROOT);
      if (role == BifRole.PARTICIPANT
          && session.activity().filter(a -> a instanceof Activity.SelfAssessment).isPresent()
          && routes.containsKey("GET " + path + "/self-assessment")) {
        path = path + "/self-assessment";
      }
      if (session.is(role) && routes.containsKey("GET " + path)) return Optional.of(path);
    }
    return Optional.empty();
  }

  /** The Content-Security-Policy for every page, framing limited to the registered platforms. */
  public ContentSecurityPolicy contentSecurityPolicy() {
    return contentSecurityPolicy;
  }

  /**
   * Renders what a route answered.
   *
   * @param result the route's answer
   * @param session the session
   * @param contextPath the servlet context path, "" at the root
   * @param notice the {@link #NOTICE_PARAMETER} of the request, or null
   * @return the page or redirect
   */
  public Rendered render(
      PageResult result, PageSession session, String contextPath, String notice) {
    Messages messages = Messages.of(session.locale());
    if (result instanceof PageResult.View v) {
      List<String> errors = new ArrayList<>();
      v.errors().forEach(m -> errors.add(messages.text(m.key(), m.args().toArray())));
      return Rendered.page(
          v.status(),
          page(
              v.template(),
              v.view(),
              chrome(messages, Optional.of(session), contextPath, v.template(), notice, errors)));
    }
    if (result instanceof PageResult.Redirect r) {
      PageSession next = r.activity().map(a -> opening(session, a)).orElse(session);
      return Rendered.redirect(
          r.path()
              + (r.path().contains("?") ? "&" : "?")
              + NOTICE_PARAMETER
              + "="
              + sealNotice(r.notice())
              + "&"
              + sessionQuery(next));
    }
    PageResult.Refusal f = (PageResult.Refusal) result;
    boolean missing = f.status() == 404;
    return message(
        f.status(),
        missing ? "NOT_FOUND" : "DENIED",
        missing ? "error.notFound.heading" : "error.denied.heading",
        f.messageKey(),
        Optional.of(session),
        session.locale(),
        contextPath);
  }

  /** The same user's session under a new id, in which the placement opens {@code activity}. */
  private PageSession opening(PageSession s, Activity activity) {
    return new PageSession(
        sessions.newId(),
        s.issuer(),
        s.clientId(),
        s.deploymentId(),
        s.lmsUser(),
        s.displayName(),
        s.employee(),
        s.roles(),
        s.cohort(),
        Optional.of(activity),
        s.contextId(),
        s.resourceLinkId(),
        s.participation(),
        s.reason(),
        s.locale(),
        s.expiresAt());
  }

  /**
   * A message page for what the glue refuses before any route runs (no session, bad CSRF token,
   * wrong role, bad form) and for failures.
   *
   * @param status the HTTP status
   * @param code the reason code shown to the user, e.g. {@code SESSION_MISSING}
   * @param headingKey the bundle key of the heading
   * @param textKey the bundle key of the sentence
   * @param session the session, when there is one
   * @param locale the language when there is no session (e.g. from Accept-Language)
   * @param contextPath the servlet context path
   * @param args the sentence's arguments
   * @return the page
   */
  public Rendered message(
      int status,
      String code,
      String headingKey,
      String textKey,
      Optional<PageSession> session,
      Locale locale,
      String contextPath,
      Object... args) {
    Messages messages = Messages.of(session.map(PageSession::locale).orElse(locale));
    Notice notice = new Notice(messages.text(headingKey), messages.text(textKey, args), code);
    Chrome chrome =
        new Chrome(
            messages,
            session,
            session.map(sessions::csrfToken).orElse(""),
            session.map(sessions::pageToken).orElse(""),
            contextPath,
            notice.heading(),
            Optional.empty(),
            List.of());
    return Rendered.page(status, page("message.jte", notice, chrome));
  }

  private Chrome chrome(
      Messages messages,
      Optional<PageSession> session,
      String contextPath,
      String template,
      String notice,
      List<String> errors) {
    String title = title(messages, template);
    return new Chrome(
        messages,
        session,
        session.map(sessions::csrfToken).orElse(""),
        session.map(sessions::pageToken).orElse(""),
        contextPath,
        title,
        openNotice(notice).map(m -> messages.text(m.key(), m.args().toArray())),
        errors);
  }

  /**
   * A page outside any page session, such as the deep-linking picker that answers the launch
   * itself: rendered with the layout, in the launch's language, with no CSRF field of ours.
   *
   * @param template the template, e.g. {@code deeplink/picker.jte}
   * @param view its view
   * @param locale the launch's language (see {@link Messages#language})
   * @param contextPath the servlet context path
   * @return the HTML
   */
  public static String standalone(String template, Object view, Locale locale, String contextPath) {
    return standalone(template, view, locale, contextPath, List.of());
  }

  /**
   * A page outside any page session, with errors shown above its content.
   *
   * @param template the template
   * @param view its view
   * @param locale the page's language
   * @param contextPath the servlet context path
   * @param errors the errors, in the page's language
   * @return the HTML
   */
  public static String standalone(
      String template, Object view, Locale locale, String contextPath, List<String> errors) {
    Messages messages = Messages.of(locale);
    String title = title(messages, template);
    return page(
        template,
        view,
        new Chrome(
            messages,
            Optional.empty(),
            "",
            "",
            contextPath,
            title,
            Optional.empty(),
            List.copyOf(errors)));
  }

  /** The page title: the template's {@code <path>.title} text, if any, and the brand. */
  private static String title(Messages messages, String template) {
    String key = template.replace(".jte", "").replace('/', '.') + ".title";
    String brand = messages.text("layout.brand");
    return messages.has(key) ? messages.text(key) + " – " + brand : brand;
  }

  private static String page(String template, Object view, Chrome chrome) {
    Map<String, Object> params = new HashMap<>(4);
    params.put("chrome", chrome);
    params.put("view", view);
    StringOutput out = new StringOutput(8192);
    TEMPLATES.render(template, params, out);
    return out.toString();
  }

  private String sealNotice(PageResult.Message m) {
    StringBuilder text = new StringBuilder(m.key());
    m.args().forEach(a -> text.append('\u001f').append(a));
    String body =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(text.toString().getBytes(StandardCharsets.UTF_8));
    return body + "." + sessions.mac("notice|" + body);
  }

  private Optional<PageResult.Message> openNotice(String sealed) {
    if (sealed == null) return Optional.empty();
    int dot = sealed.indexOf('.');
    if (dot < 0) return Optional.empty();
    String body = sealed.substring(0, dot);
    if (!PageSessions.equal(sessions.mac("notice|" + body), sealed.substring(dot + 1)))
      return Optional.empty();
    try {
      String[] parts =
          new String(Base64.getUrlDecoder().decode(body), StandardCharsets.UTF_8).split("\u001f");
      return Optional.of(
          new PageResult.Message(
              parts[0], List.of((Object[]) Arrays.copyOfRange(parts, 1, parts.length))));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** Configures {@link ActivityPages}. Not thread-safe. */
  public static final class Builder {
    private LaunchBridge bridge;
    private Catalogue catalogue;
    private byte[] sessionSecret;
    private RegistrationRepository registrations;
    private final List<URI> frameOrigins = new ArrayList<>();
    private final List<PageRoutes> areas = new ArrayList<>();
    private Clock clock = Clock.systemUTC();
    private Duration sessionLifetime = DEFAULT_SESSION_LIFETIME;
    private java.util.function.Function<PageSession, Optional<String>> detour =
        s -> Optional.empty();

    private Builder() {}

    /**
     * Where a launch lands before its role's page, when the tool does not know the placement or the
     * person ({@code dk.bif.tool.pages.arrival.ArrivalPages#detour}); by default nowhere. A path no
     * route answers is ignored.
     *
     * @param detour the page for a session, or empty for the role's page
     * @return this builder
     */
    public Builder detour(java.util.function.Function<PageSession, Optional<String>> detour) {
      this.detour = Objects.requireNonNull(detour, "detour");
      return this;
    }

    /**
     * The bridge that takes each launch into the core. Required.
     *
     * @param bridge the bridge
     * @return this builder
     */
    public Builder bridge(LaunchBridge bridge) {
      this.bridge = Objects.requireNonNull(bridge, "bridge");
      return this;
    }

    /**
     * The catalogue activities are read against. Required.
     *
     * @param catalogue the catalogue
     * @return this builder
     */
    public Builder catalogue(Catalogue catalogue) {
      this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
      return this;
    }

    /**
     * The secret that signs page sessions, CSRF tokens and notices: at least 32 random bytes, the
     * same on every node of the tool, kept like a password. Required.
     *
     * @param secret the secret (copied)
     * @return this builder
     */
    public Builder sessionSecret(byte[] secret) {
      this.sessionSecret = Objects.requireNonNull(secret, "secret").clone();
      return this;
    }

    /**
     * The registered platforms, whose origins may frame the pages. Required.
     *
     * @param registrations the registrations
     * @return this builder
     */
    public Builder registrations(RegistrationRepository registrations) {
      this.registrations = Objects.requireNonNull(registrations, "registrations");
      return this;
    }

    /**
     * A further origin that may frame the pages, for an LMS that serves its pages from another host
     * than its issuer.
     *
     * @param origin e.g. {@code https://kp.itslearning.com}
     * @return this builder
     */
    public Builder frameOrigin(URI origin) {
      frameOrigins.add(Objects.requireNonNull(origin, "origin"));
      return this;
    }

    /**
     * A role area's pages.
     *
     * @param areas the areas, e.g. the participant's, the leader's and the teacher's
     * @return this builder
     */
    public Builder routes(PageRoutes... areas) {
      this.areas.addAll(List.of(areas));
      return this;
    }

    /**
     * The clock for session expiry.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * How long a page session lasts; default {@link #DEFAULT_SESSION_LIFETIME}.
     *
     * @param lifetime the lifetime, between 5 minutes and 24 hours
     * @return this builder
     */
    public Builder sessionLifetime(Duration lifetime) {
      if (lifetime.compareTo(Duration.ofMinutes(5)) < 0
          || lifetime.compareTo(Duration.ofHours(24)) > 0)
        throw new IllegalArgumentException("session lifetime must be 5 min to 24 h: " + lifetime);
      this.sessionLifetime = lifetime;
      return this;
    }

    /**
     * Builds the pages.
     *
     * @return the pages
     * @throws NullPointerException when a required part is missing, naming it
     */
    public ActivityPages build() {
      return new ActivityPages(this);
    }
  }
}
