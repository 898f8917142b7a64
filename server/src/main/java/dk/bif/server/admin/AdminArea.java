package dk.bif.server.admin;

import dk.bif.core.curriculum.PartId;
import dk.bif.core.gradebook.GradeKey;
import dk.bif.core.gradebook.OutboxEntry;
import dk.bif.core.people.EmployeeId;
import dk.bif.lti.registration.PlatformRegistration;
import dk.bif.server.keys.ToolKeySet;
import dk.bif.server.platforms.FieldProblem;
import dk.bif.server.platforms.PlatformForm;
import dk.bif.server.platforms.PlatformRefusedException;
import dk.bif.server.platforms.PlatformRegistry;
import dk.bif.server.registration.RegistrationLinks;
import dk.bif.tool.grades.GradeDelivery;
import dk.bif.tool.grades.GradeDestinations;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The administrators' area under {@value #ROOT}: platforms and deployments, the grade outbox and
 * its dead letters (retry), the people waiting to be linked, the tool's keys. Behind its own login
 * ({@code bif admin add NAME}; Argon2id; locked after repeated failures), its own signed session
 * cookie ({@code SameSite=Strict}, path {@value #ROOT}) and a CSRF token in every form, the login
 * form's included. No LTI launch leads here: the activity pages' session opens nothing in this
 * area. Danish, or English by the browser's language. Thread-safe.
 */
public final class AdminArea {

  /** Where the area lives. */
  public static final String ROOT = "/admin";

  private static final Logger LOG = LoggerFactory.getLogger(AdminArea.class);
  private static final String TEMPLATE_PACKAGE = "dk.bif.server.admin.templates";
  private static final TemplateEngine TEMPLATES =
      TemplateEngine.createPrecompiled(
          null, ContentType.Html, AdminArea.class.getClassLoader(), TEMPLATE_PACKAGE);

  /** The notices a redirect may name: fixed texts, nothing from the request is shown. */
  private static final Set<String> NOTICES =
      Set.of(
          "notice.platformAdded",
          "notice.platformRemoved",
          "notice.deploymentAdded",
          "notice.gradeRetried",
          "notice.nothingToRetry",
          "notice.keyRotated",
          "notice.personLinked",
          "notice.personForgotten",
          "notice.loggedIn");

  private static final String CSP =
      "default-src 'none'; style-src 'self'; form-action 'self'; frame-ancestors 'none';"
          + " base-uri 'none'";

  private final AdminAccounts accounts;
  private final AdminSessions sessions;
  private final PlatformRegistry platforms;
  private final GradeDelivery delivery;
  private final ToolKeySet keys;
  private final WaitingPeople waiting;
  private final AdminViews.ToolUrls toolUrls;
  private final Locale defaultLocale;
  private final Clock clock;
  private final RegistrationLinks links;

  /**
   * @param accounts the administrators
   * @param sessionSecret the page-session secret (the admin sessions' key is derived from it)
   * @param platforms the platform registry
   * @param delivery the grade delivery (outbox, dead letters, retry)
   * @param keys the tool's keys
   * @param waiting the people waiting to be linked
   * @param toolUrls the tool's URLs to show
   * @param defaultLocale the language when the browser names neither Danish nor English
   * @param clock the time
   * @param links makes Dynamic Registration links
   */
  public AdminArea(
      AdminAccounts accounts,
      byte[] sessionSecret,
      PlatformRegistry platforms,
      GradeDelivery delivery,
      ToolKeySet keys,
      WaitingPeople waiting,
      AdminViews.ToolUrls toolUrls,
      Locale defaultLocale,
      Clock clock,
      RegistrationLinks links) {
    this.accounts = Objects.requireNonNull(accounts, "accounts");
    this.sessions = new AdminSessions(sessionSecret, clock);
    this.platforms = Objects.requireNonNull(platforms, "platforms");
    this.delivery = Objects.requireNonNull(delivery, "delivery");
    this.keys = Objects.requireNonNull(keys, "keys");
    this.waiting = Objects.requireNonNull(waiting, "waiting");
    this.toolUrls = Objects.requireNonNull(toolUrls, "toolUrls");
    this.defaultLocale = Objects.requireNonNull(defaultLocale, "defaultLocale");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.links = Objects.requireNonNull(links, "links");
  }

  /**
   * Mounts the area under {@value #ROOT}.
   *
   * @param context the servlet context, before it starts
   */
  public void register(ServletContext context) {
    context.addServlet("bif-admin", new Servlet(this)).addMapping(ROOT, ROOT + "/*");
  }

  /** One request as the handlers see it. */
  private record Call(
      HttpServletRequest request,
      HttpServletResponse response,
      Locale locale,
      Optional<AdminSessions.Session> session,
      Map<String, String> form) {

    String field(String name) {
      return form.getOrDefault(name, "");
    }

    String context() {
      return request.getContextPath();
    }
  }

  private void serve(String method, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    headers(response);
    String path = request.getServletPath() + Objects.toString(request.getPathInfo(), "");
    Locale locale = locale(request);
    Optional<AdminSessions.Session> session =
        sessions.read(cookie(request, AdminSessions.COOKIE)).filter(s -> accounts.exists(s.name()));
    Map<String, String> form = method.equals("POST") ? fields(request) : Map.of();
    Call call = new Call(request, response, locale, session, form);
    try {
      if (path.equals(ROOT + "/login")) {
        if (method.equals("GET")) {
          loginPage(call, 200, List.of(), "");
        } else {
          login(call);
        }
        return;
      }
      if (session.isEmpty()) {
        if (method.equals("GET")) {
          redirect(call, ROOT + "/login");
        } else {
          deny(call, 401, "SESSION_MISSING", "error.session");
        }
        return;
      }
      if (method.equals("POST")
          && !AdminSessions.same(sessions.csrf(session.get()), form.get(AdminPage.CSRF_FIELD))) {
        deny(call, 403, "CSRF_INVALID", "error.csrf");
        return;
      }
      route(method, path, call);
    } catch (RuntimeException e) {
      String id =
          Long.toHexString(
              java.util.concurrent.ThreadLocalRandom.current().nextLong() | Long.MIN_VALUE);
      LOG.atError()
          .addKeyValue("correlation", id)
          .addKeyValue("route", method + " " + path)
          .setCause(e)
          .log("admin page failed");
      if (!response.isCommitted()) {
        response.resetBuffer();
        message(
            call,
            500,
            "INTERNAL_ERROR",
            t(call, "error.internal.heading"),
            t(call, "error.internal", id));
      }
    }
  }

  private void route(String method, String path, Call call) throws IOException {
    switch (method + " " + path) {
      case "GET /admin", "GET /admin/" -> home(call);
      case "POST /admin/logout" -> logout(call);
      case "GET /admin/platforms" ->
          platformsPage(call, 200, AdminViews.PlatformForm.empty(), List.of());
      case "POST /admin/platforms/add" -> addPlatform(call);
      case "POST /admin/platforms/invite" -> invite(call);
      case "GET /admin/platforms/view" -> platformPage(call);
      case "POST /admin/platforms/deployments" -> addDeployment(call);
      case "POST /admin/platforms/remove" -> removePlatform(call);
      case "GET /admin/grades" -> gradesPage(call);
      case "POST /admin/grades/retry" -> retry(call);
      case "GET /admin/people" -> peoplePage(call, 200, List.of());
      case "POST /admin/people/link" -> linkPerson(call);
      case "POST /admin/people/forget" -> forgetPerson(call);
      case "GET /admin/keys" -> keysPage(call, 200, List.of());
      case "POST /admin/keys/rotate" -> rotate(call);
      default -> deny(call, 404, "NOT_FOUND", "error.notFound");
    }
  }

  private void loginPage(Call call, int status, List<String> errors, String name)
      throws IOException {
    String value = sessions.randomToken();
    call.response()
        .addHeader(
            "Set-Cookie",
            cookieHeader(call, AdminSessions.LOGIN_COOKIE, value, Duration.ofMinutes(30)));
    render(
        call,
        status,
        "admin/login.jte",
        "login.title",
        new AdminViews.Login(sessions.loginCsrf(value), name),
        errors);
  }

  private void login(Call call) throws IOException {
    String bound = cookie(call.request(), AdminSessions.LOGIN_COOKIE);
    if (bound == null
        || !AdminSessions.same(sessions.loginCsrf(bound), call.form().get(AdminPage.CSRF_FIELD))) {
      log(call, "login", "CSRF_INVALID", null);
      loginPage(call, 403, List.of(t(call, "error.csrf")), "");
      return;
    }
    String name = call.field("name").strip();
    AdminAccounts.Login outcome = accounts.login(name, call.form().get("password"));
    if (outcome instanceof AdminAccounts.Login.Accepted accepted) {
      call.response()
          .addHeader(
              "Set-Cookie",
              cookieHeader(
                  call,
                  AdminSessions.COOKIE,
                  sessions.open(accepted.name()),
                  AdminSessions.LIFETIME));
      call.response()
          .addHeader(
              "Set-Cookie", cookieHeader(call, AdminSessions.LOGIN_COOKIE, "", Duration.ZERO));
      log(call, "login", "ACCEPTED", accepted.name());
      redirect(call, ROOT + "?notice=notice.loggedIn");
    } else if (outcome instanceof AdminAccounts.Login.Locked locked) {
      log(call, "login", "ACCOUNT_LOCKED", name);
      loginPage(call, 429, List.of(t(call, "error.locked", time(call, locked.until()))), name);
    } else {
      log(call, "login", "LOGIN_REFUSED", name);
      loginPage(call, 401, List.of(t(call, "error.login")), name);
    }
  }

  private void logout(Call call) throws IOException {
    call.response()
        .addHeader("Set-Cookie", cookieHeader(call, AdminSessions.COOKIE, "", Duration.ZERO));
    redirect(call, ROOT + "/login");
  }

  private void home(Call call) throws IOException {
    render(
        call,
        200,
        "admin/home.jte",
        "home.title",
        new AdminViews.Home(
            platforms.list().size(),
            delivery.pendingCount(),
            delivery.waiting().size(),
            delivery.deadLetters().size(),
            keys.keys().signingKey().getKeyID(),
            toolUrls),
        List.of());
  }

  private void platformsPage(
      Call call, int status, AdminViews.PlatformForm form, List<String> errors) throws IOException {
    List<AdminViews.Platform> rows = platforms.list().stream().map(r -> row(r, call)).toList();
    render(
        call,
        status,
        "admin/platforms.jte",
        "platforms.title",
        new AdminViews.Platforms(rows, form, toolUrls),
        errors);
  }

  private AdminViews.Platform row(PlatformRegistration r) {
    return row(r, null);
  }

  private AdminViews.Platform row(PlatformRegistration r, Call call) {
    String key =
        r.keySource() instanceof dk.bif.lti.registration.PlatformKeySource.KeySetUrl u
            ? u.url().toString()
            : "(static)";
    return new AdminViews.Platform(
        r.issuer().value(),
        r.clientId().value(),
        r.name().orElse(""),
        r.deploymentIds().stream().map(d -> d.value()).sorted().toList(),
        r.authorizationEndpoint().toString(),
        r.tokenEndpoint().toString(),
        key,
        r.tokenAudience().orElse(""),
        ROOT
            + "/platforms/view?issuer="
            + query(r.issuer().value())
            + "&client="
            + query(r.clientId().value()),
        call == null
            ? ""
            : platforms
                .origin(r)
                .map(o -> t(call, "platforms.origin.dynamic", time(call, o.registeredAt())))
                .orElse(t(call, "platforms.origin.manual")));
  }

  private void addPlatform(Call call) throws IOException {
    AdminViews.PlatformForm typed =
        new AdminViews.PlatformForm(
            call.field("issuer"),
            call.field("client-id"),
            call.field("deployments"),
            call.field("auth-url"),
            call.field("token-url"),
            call.field("jwks-url"),
            call.field("token-audience"),
            call.field("name"));
    try {
      platforms.add(
          new PlatformForm(
              typed.issuer(),
              typed.clientId(),
              Arrays.stream(typed.deployments().split("[,\\s]+"))
                  .filter(s -> !s.isBlank())
                  .toList(),
              typed.authUrl(),
              typed.tokenUrl(),
              typed.jwksUrl(),
              Optional.of(typed.tokenAudience()).filter(s -> !s.isBlank()),
              Optional.of(typed.name()).filter(s -> !s.isBlank())));
      log(call, "platform add", "ACCEPTED", call.session().get().name());
      redirect(call, ROOT + "/platforms?notice=notice.platformAdded");
    } catch (PlatformRefusedException e) {
      log(call, "platform add", "FORM_INVALID", call.session().get().name());
      platformsPage(call, 400, typed, fieldErrors(call, e));
    }
  }

  /** A Dynamic Registration link, shown once; the lifetime is one of the offered choices. */
  private void invite(Call call) throws IOException {
    Optional<Duration> lifetime =
        switch (call.field("expires")) {
          case "1h" -> Optional.of(Duration.ofHours(1));
          case "24h", "" -> Optional.of(Duration.ofHours(24));
          case "7d" -> Optional.of(Duration.ofDays(7));
          default -> Optional.empty();
        };
    if (lifetime.isEmpty()) {
      platformsPage(
          call, 400, AdminViews.PlatformForm.empty(), List.of(t(call, "error.inviteExpires")));
      return;
    }
    try {
      RegistrationLinks.Link link =
          links.create(
              Optional.of(call.field("invite-name")).filter(s -> !s.isBlank()),
              lifetime.get(),
              call.field("link-by-id-number").equals("on"),
              call.session().get().name());
      log(call, "platform invite", "ACCEPTED", call.session().get().name());
      render(
          call,
          200,
          "admin/invitation.jte",
          "invitation.title",
          new AdminViews.Invitation(
              link.url().toString(),
              time(call, link.expiresAt()),
              call.field("invite-name").strip()),
          List.of());
    } catch (IllegalArgumentException e) {
      platformsPage(call, 400, AdminViews.PlatformForm.empty(), List.of(e.getMessage()));
    }
  }

  private List<String> fieldErrors(Call call, PlatformRefusedException e) {
    List<String> errors = new ArrayList<>();
    for (FieldProblem p : e.problems()) {
      errors.add(t(call, "field." + p.field()) + ": " + p.message());
    }
    return errors;
  }

  private void platformPage(Call call) throws IOException {
    try {
      PlatformRegistration r =
          platforms.find(
              call.request().getParameter("issuer"), call.request().getParameter("client"));
      render(
          call,
          200,
          "admin/platform.jte",
          "platform.title",
          new AdminViews.PlatformPage(row(r, call), toolUrls),
          List.of());
    } catch (PlatformRefusedException e) {
      deny(call, 404, "NOT_FOUND", "error.notFound");
    }
  }

  private void addDeployment(Call call) throws IOException {
    try {
      PlatformRegistration r =
          platforms.addDeployment(
              call.field("issuer"), call.field("client-id"), call.field("deployment"));
      redirect(call, row(r).link() + "&notice=notice.deploymentAdded");
    } catch (PlatformRefusedException e) {
      message(
          call,
          400,
          "FORM_INVALID",
          t(call, "error.form.heading"),
          String.join("; ", fieldErrors(call, e)));
    }
  }

  private void removePlatform(Call call) throws IOException {
    try {
      platforms.remove(call.field("issuer"), call.field("client-id"));
      log(call, "platform remove", "ACCEPTED", call.session().get().name());
      redirect(call, ROOT + "/platforms?notice=notice.platformRemoved");
    } catch (PlatformRefusedException e) {
      message(
          call,
          400,
          "FORM_INVALID",
          t(call, "error.form.heading"),
          String.join("; ", fieldErrors(call, e)));
    }
  }

  private void gradesPage(Call call) throws IOException {
    List<AdminViews.DeadLetter> dead = new ArrayList<>();
    for (OutboxEntry e : delivery.deadLetters()) {
      dead.add(
          new AdminViews.DeadLetter(
              e.key().employee().value(),
              e.key().part().value(),
              e.grade().grade().map(g -> g.text()).orElse("–"),
              e.attempts(),
              e.lastAnswer().orElse("")));
    }
    List<AdminViews.WaitingGrade> waiting = new ArrayList<>();
    for (OutboxEntry e : delivery.waiting()) {
      String answer = e.lastAnswer().orElse("");
      waiting.add(
          new AdminViews.WaitingGrade(
              e.key().employee().value(),
              e.key().part().value(),
              e.grade().grade().map(g -> g.text()).orElse("–"),
              GradeDestinations.Missing.recordedIn(answer)
                  .map(m -> t(call, "grades.waiting." + m.code()))
                  .orElse(answer)));
    }
    String oldest =
        delivery
            .oldestPending()
            .map(t -> t(call, "grades.waited", Duration.between(t, clock.instant()).toMinutes()))
            .orElse("");
    render(
        call,
        200,
        "admin/grades.jte",
        "grades.title",
        new AdminViews.Grades(delivery.pendingCount(), oldest, waiting, dead),
        List.of());
  }

  private void retry(Call call) throws IOException {
    String employee = call.field("employee");
    String part = call.field("part");
    if (employee.isBlank() || part.isBlank()) {
      message(
          call, 400, "FORM_INVALID", t(call, "error.form.heading"), t(call, "error.retryFields"));
      return;
    }
    boolean revived = delivery.retry(new GradeKey(EmployeeId.of(employee), PartId.of(part)));
    log(
        call,
        "grade retry",
        revived ? "ACCEPTED" : "NOTHING_TO_RETRY",
        call.session().get().name());
    redirect(
        call,
        ROOT + "/grades?notice=" + (revived ? "notice.gradeRetried" : "notice.nothingToRetry"));
  }

  private void peoplePage(Call call, int status, List<String> errors) throws IOException {
    render(
        call,
        status,
        "admin/people.jte",
        "people.title",
        new AdminViews.People(waiting.waiting()),
        errors);
  }

  private void linkPerson(Call call) throws IOException {
    String issuer = call.field("issuer");
    String client = call.field("client");
    String lmsUser = call.field("lms-user");
    String employee = call.field("employee").strip();
    if (issuer.isBlank() || client.isBlank() || lmsUser.isBlank() || employee.isBlank()) {
      message(
          call, 400, "FORM_INVALID", t(call, "error.form.heading"), t(call, "error.linkFields"));
      return;
    }
    try {
      waiting.link(issuer, client, lmsUser, employee);
    } catch (dk.bif.tool.bridge.LinkRefusedException e) {
      log(call, "person link", e.reason().name(), call.session().get().name());
      peoplePage(
          call,
          409,
          List.of(
              t(call, "people.refused." + e.reason().name(), lmsUser, employee)
                  + " ("
                  + e.reason().name()
                  + ")"));
      return;
    } catch (IllegalArgumentException e) {
      message(
          call, 400, "FORM_INVALID", t(call, "error.form.heading"), t(call, "error.linkFields"));
      return;
    }
    LOG.atInfo()
        .addKeyValue("admin", call.session().get().name())
        .addKeyValue("issuer", issuer)
        .addKeyValue("lms_user", lmsUser)
        .addKeyValue("employee", employee)
        .log("admin person linked");
    redirect(call, ROOT + "/people?notice=notice.personLinked");
  }

  private void forgetPerson(Call call) throws IOException {
    String issuer = call.field("issuer");
    String client = call.field("client");
    String lmsUser = call.field("lms-user");
    if (issuer.isBlank() || client.isBlank() || lmsUser.isBlank()) {
      message(
          call, 400, "FORM_INVALID", t(call, "error.form.heading"), t(call, "error.linkFields"));
      return;
    }
    boolean forgotten;
    try {
      forgotten = waiting.forget(issuer, client, lmsUser);
    } catch (IllegalArgumentException e) {
      forgotten = false;
    }
    log(call, "person forget", forgotten ? "ACCEPTED" : "NOT_WAITING", call.session().get().name());
    redirect(call, ROOT + "/people?notice=notice.personForgotten");
  }

  private void keysPage(Call call, int status, List<String> errors) throws IOException {
    List<AdminViews.Key> rows =
        keys.rows().stream()
            .map(
                k ->
                    new AdminViews.Key(
                        k.generation(),
                        k.kid(),
                        t(call, "keys.state." + k.state().name()),
                        keys.rotates() ? time(call, k.publishedAt()) : "",
                        keys.rotates() ? time(call, k.signsFrom()) : "",
                        k.publishedUntil().map(u -> time(call, u)).orElse("")))
            .toList();
    render(
        call,
        status,
        "admin/keys.jte",
        "keys.title",
        new AdminViews.Keys(keys.source(), keys.rotates(), rows),
        errors);
  }

  private void rotate(Call call) throws IOException {
    if (!keys.rotates()) {
      keysPage(call, 409, List.of(t(call, "error.keysFromFile")));
      return;
    }
    keys.rotate();
    log(call, "keys rotate", "ACCEPTED", call.session().get().name());
    redirect(call, ROOT + "/keys?notice=notice.keyRotated");
  }

  private void deny(Call call, int status, String code, String key) throws IOException {
    log(call, "page", code, call.session().map(AdminSessions.Session::name).orElse(null));
    message(call, status, code, t(call, key + ".heading"), t(call, key));
  }

  private void message(Call call, int status, String code, String heading, String text)
      throws IOException {
    render(
        call,
        status,
        "admin/message.jte",
        null,
        new AdminViews.Message(heading, text, code),
        List.of());
  }

  private void render(
      Call call, int status, String template, String titleKey, Object view, List<String> errors)
      throws IOException {
    String notice = call.request().getParameter("notice");
    AdminPage page =
        new AdminPage(
            call.locale(),
            call.context(),
            (titleKey == null ? "" : t(call, titleKey) + " – ") + t(call, "layout.brand"),
            call.session().map(AdminSessions.Session::name),
            call.session().map(sessions::csrf).orElse(""),
            Optional.ofNullable(notice).filter(NOTICES::contains).map(n -> t(call, n)),
            errors);
    Map<String, Object> params = new HashMap<>();
    params.put("page", page);
    params.put("view", view);
    StringOutput out = new StringOutput(8192);
    TEMPLATES.render(template, params, out);
    call.response().setStatus(status);
    call.response().setContentType("text/html;charset=UTF-8");
    call.response().getWriter().write(out.toString());
  }

  private void log(Call call, String what, String outcome, String admin) {
    var line =
        LOG.atInfo()
            .addKeyValue("route", call.request().getMethod() + " " + call.request().getRequestURI())
            .addKeyValue("outcome", outcome);
    if (admin != null) line = line.addKeyValue("admin", admin);
    line.log("admin {} {}", what, outcome);
  }

  private static void redirect(Call call, String path) {
    call.response().setStatus(HttpServletResponse.SC_SEE_OTHER);
    call.response().setHeader("Location", call.context() + path);
  }

  private String t(Call call, String key, Object... args) {
    return AdminPage.text(call.locale(), key, args);
  }

  private static String time(Call call, Instant t) {
    return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", call.locale())
        .withZone(ZoneId.systemDefault())
        .format(t);
  }

  private Locale locale(HttpServletRequest request) {
    String accept = request.getHeader("Accept-Language");
    if (accept != null) {
      for (Locale.LanguageRange range : Locale.LanguageRange.parse(accept)) {
        String lang = range.getRange().toLowerCase(Locale.ROOT);
        if (lang.startsWith("da")) return Locale.forLanguageTag("da");
        if (lang.startsWith("en")) return Locale.ENGLISH;
      }
    }
    return defaultLocale;
  }

  private static String cookieHeader(Call call, String name, String value, Duration maxAge) {
    String path = call.context().isEmpty() ? ROOT : call.context() + ROOT;
    return name
        + "="
        + value
        + "; Path="
        + path
        + "; Max-Age="
        + maxAge.toSeconds()
        + "; HttpOnly; Secure; SameSite=Strict";
  }

  private static String cookie(HttpServletRequest request, String name) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) return null;
    for (Cookie c : cookies) {
      if (c.getName().equals(name)) return c.getValue();
    }
    return null;
  }

  /** The posted body's fields: a query string cannot smuggle one in. */
  private static Map<String, String> fields(HttpServletRequest request) {
    String q = request.getQueryString();
    Set<String> inQuery = new java.util.HashSet<>();
    if (q != null) {
      for (String pair : q.split("&")) {
        int eq = pair.indexOf('=');
        inQuery.add(
            java.net.URLDecoder.decode(
                eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8));
      }
    }
    Map<String, String> fields = new HashMap<>();
    request
        .getParameterMap()
        .forEach(
            (name, values) -> {
              if (values.length > 0 && !inQuery.contains(name)) fields.put(name, values[0]);
            });
    return fields;
  }

  private static String query(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static void headers(HttpServletResponse response) {
    response.setHeader("Content-Security-Policy", CSP);
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "no-referrer");
  }

  private static final class Servlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient AdminArea area;

    Servlet(AdminArea area) {
      this.area = area;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
        throws IOException {
      area.serve("GET", request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
        throws IOException {
      request.setCharacterEncoding("UTF-8");
      area.serve("POST", request, response);
    }
  }
}
