package dk.bif.lti.servlet;

import dk.bif.lti.keys.KeySetUnavailableException;
import dk.bif.lti.launch.LaunchRefusedException;
import dk.bif.lti.launch.LtiLaunch;
import dk.bif.lti.launch.ReasonCode;
import dk.bif.lti.oidc.LoginRedirect;
import dk.bif.lti.oidc.PendingLogin;
import dk.bif.lti.oidc.StoredValues;
import dk.bif.lti.tool.LaunchStep;
import dk.bif.lti.tool.LtiTool;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Puts an {@link LtiTool} on a servlet container at the fixed paths an LMS administrator types in:
 * {@value #LOGIN_PATH} (GET and POST), {@value #LAUNCH_PATH} (POST) and {@value #JWKS_PATH} (GET).
 *
 * <p>A refused login or launch gets an HTML page with status 400 or 401, the reason code and a
 * plain message; a request the container cannot read (a form over its limits, invalid UTF-8, a
 * broken {@code %} escape) gets 400 with {@link ReasonCode#REQUEST_MALFORMED}; an unreachable
 * platform key set gets 502; anything unexpected gets a generic 500 page. No page shows a stack
 * trace or the token. Every such page shows a correlation id, which the log line carries as well.
 *
 * <p>Every response under {@value #LTI_PATHS} carries the {@link PageHeaders} with the tool's
 * Content-Security-Policy ({@code frame-ancestors} the registered platforms), no-store, nosniff,
 * no-referrer.
 */
public final class LtiServlets {
  /** Path of the OIDC login initiation endpoint. */
  public static final String LOGIN_PATH = "/lti/login";

  /** Path of the launch endpoint (the redirect URI). */
  public static final String LAUNCH_PATH = "/lti/launch";

  /** Path of the tool's JWK Set. */
  public static final String JWKS_PATH = "/lti/jwks";

  /**
   * Path of the platform-storage check: the launch page posts the state and nonce it read back from
   * the platform here (same origin only).
   */
  public static final String STORAGE_CHECK_PATH = "/lti/storage-check";

  /** Path of the static script of the platform-storage pages. */
  public static final String STORAGE_SCRIPT_PATH = "/lti/storage.js";

  /** The paths whose every response gets the {@link PageHeaders}. */
  public static final String LTI_PATHS = "/lti/*";

  /** How long platforms may cache the tool's JWK Set: 5 minutes, shorter than a rotation step. */
  public static final int JWKS_MAX_AGE_SECONDS = 300;

  private static final System.Logger LOG = System.getLogger(LtiServlets.class.getName());

  private LtiServlets() {}

  /**
   * Registers the three endpoints on a servlet context.
   *
   * @param context the context, before it starts
   * @param tool the tool
   * @param handler receives every validated launch
   */
  public static void register(ServletContext context, LtiTool tool, LaunchHandler handler) {
    register(context, tool, handler, LaunchObserver.NONE);
  }

  /**
   * Registers the three endpoints on a servlet context, with an observer told every login's and
   * launch's outcome.
   *
   * @param context the context, before it starts
   * @param tool the tool
   * @param handler receives every validated launch
   * @param observer told the outcome of every login and launch
   */
  public static void register(
      ServletContext context, LtiTool tool, LaunchHandler handler, LaunchObserver observer) {
    Objects.requireNonNull(tool, "tool");
    Objects.requireNonNull(handler, "handler");
    Objects.requireNonNull(observer, "observer");
    context
        .addFilter("lti-page-security", new PageSecurityFilter(tool.contentSecurityPolicy()))
        .addMappingForUrlPatterns(
            EnumSet.of(DispatcherType.REQUEST, DispatcherType.ERROR), false, LTI_PATHS);
    context.addServlet("lti-login", new LoginServlet(tool, observer)).addMapping(LOGIN_PATH);
    context
        .addServlet("lti-launch", new LaunchServlet(tool, handler, observer))
        .addMapping(LAUNCH_PATH);
    context.addServlet("lti-jwks", new JwksServlet(tool)).addMapping(JWKS_PATH);
    context
        .addServlet("lti-storage-check", new StorageCheckServlet(tool, handler, observer))
        .addMapping(STORAGE_CHECK_PATH);
    context
        .addServlet("lti-storage-script", new StorageScriptServlet())
        .addMapping(STORAGE_SCRIPT_PATH);
  }

  static final class LoginServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient LtiTool tool;
    private final transient LaunchObserver observer;

    LoginServlet(LtiTool tool, LaunchObserver observer) {
      this.tool = tool;
      this.observer = observer;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
        throws IOException {
      handle(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
        throws IOException {
      handle(request, response);
    }

    private void handle(HttpServletRequest request, HttpServletResponse response)
        throws IOException {
      long started = System.nanoTime();
      String id = correlationId();
      Map<String, String> params = Map.of();
      ReasonCode refusal = null;
      try {
        params = RequestParameters.of(request);
        LoginRedirect redirect = tool.login(params);
        response.addCookie(
            bindingCookie(
                redirect.cookieName(),
                redirect.cookieValue(),
                (int) redirect.cookieMaxAge().toSeconds()));
        response.setHeader("Cache-Control", "no-store");
        if (redirect.storage().isPresent()) {
          // the cookie stays the fallback: the page goes on to the platform whatever it finds
          LOG.log(
              Level.INFO,
              "login [{0}] offers platform storage in frame {1}: the state goes there and in the"
                  + " cookie",
              id,
              redirect.storage().get().target());
          PageHeaders.storagePage(response, tool.contentSecurityPolicy());
          StoragePages.login(
              response, request.getContextPath(), redirect.storage().get(), redirect.location());
        } else {
          response.setStatus(HttpServletResponse.SC_FOUND);
          response.setHeader("Location", redirect.location().toString());
        }
      } catch (LaunchRefusedException e) {
        refusal = e.code();
        refuse(request, response, "login", id, e);
      } catch (MalformedRequestException e) {
        refusal = e.code();
        malformed(request, response, "login", id, e);
      } catch (RuntimeException e) {
        refusal = ReasonCode.INTERNAL_ERROR;
        internalError(request, response, "login", id, e);
      }
      tell(
          observer,
          new LaunchOutcome(
              LaunchOutcome.Step.LOGIN,
              id,
              sent(params, "iss"),
              sent(params, "client_id"),
              sent(params, "lti_deployment_id"),
              Optional.empty(),
              Optional.empty(),
              Optional.ofNullable(refusal),
              Duration.ofNanos(System.nanoTime() - started)));
    }
  }

  /** A login parameter for the observer: short, printable, else left out. */
  private static Optional<String> sent(Map<String, String> params, String name) {
    return Optional.ofNullable(params.get(name))
        .filter(v -> !v.isBlank() && v.length() <= 500 && v.chars().noneMatch(c -> c < 0x20));
  }

  private static void tell(LaunchObserver observer, LaunchOutcome outcome) {
    try {
      observer.observed(outcome);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "the launch observer failed [" + outcome.correlationId() + "]", e);
    }
  }

  static final class LaunchServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient LtiTool tool;
    private final transient LaunchHandler handler;
    private final transient LaunchObserver observer;

    LaunchServlet(LtiTool tool, LaunchHandler handler, LaunchObserver observer) {
      this.tool = tool;
      this.handler = handler;
      this.observer = observer;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
        throws IOException {
      long started = System.nanoTime();
      String id = correlationId();
      Launching launching =
          () -> {
            Map<String, String> form = RequestParameters.of(request);
            clearBindingCookie(form.get("state"), response);
            LaunchStep step =
                tool.beginLaunch(form.get("id_token"), form.get("state"), cookies(request));
            if (step instanceof LaunchStep.StorageCheck check) {
              LOG.log(
                  Level.INFO,
                  "launch [{0}] came without its cookie: the state is read back from the"
                      + " platform storage in frame {1}",
                  id,
                  check.request().target());
              PageHeaders.storagePage(response, tool.contentSecurityPolicy());
              StoragePages.launch(
                  response, request.getContextPath(), check.request(), form.get("id_token"));
              return null;
            }
            LtiLaunch launch = ((LaunchStep.Validated) step).launch();
            LOG.log(Level.DEBUG, "launch [{0}] bound to the browser by its cookie", id);
            return launch;
          };
      complete(tool, handler, observer, request, response, id, started, launching);
    }

    /** The binding cookie has done its work once the launch arrives, whatever the outcome. */
    private static void clearBindingCookie(String state, HttpServletResponse response) {
      if (state == null || !state.matches("[A-Za-z0-9_-]{1,64}")) return;
      response.addCookie(bindingCookie(PendingLogin.cookieName(state), "", 0));
    }

    private static java.util.function.Function<String, Optional<String>> cookies(
        HttpServletRequest request) {
      Cookie[] cookies = request.getCookies();
      return name ->
          cookies == null
              ? Optional.empty()
              : Arrays.stream(cookies)
                  .filter(c -> c.getName().equals(name))
                  .map(Cookie::getValue)
                  .findFirst();
    }
  }

  /** Obtains the launch of a request; null when a page answered instead (the storage check). */
  private interface Launching {
    LtiLaunch get()
        throws IOException,
            MalformedRequestException,
            LaunchRefusedException,
            KeySetUnavailableException;
  }

  /** Runs {@code launching}, then the handler; answers every failure; tells the observer. */
  private static void complete(
      LtiTool tool,
      LaunchHandler handler,
      LaunchObserver observer,
      HttpServletRequest request,
      HttpServletResponse response,
      String id,
      long started,
      Launching launching)
      throws IOException {
    LtiLaunch launch = null;
    ReasonCode refusal = null;
    try {
      launch = launching.get();
    } catch (MalformedRequestException e) {
      refusal = e.code();
      malformed(request, response, "launch", id, e);
    } catch (LaunchRefusedException e) {
      refusal = e.code();
      refuse(request, response, "launch", id, e);
    } catch (KeySetUnavailableException e) {
      refusal = ReasonCode.KEY_SET_UNAVAILABLE;
      LOG.log(
          Level.WARNING,
          "launch failed [{0}] {1}: {2}",
          id,
          ReasonCode.KEY_SET_UNAVAILABLE,
          e.getMessage());
      page(request, response, ReasonCode.KEY_SET_UNAVAILABLE, id);
    } catch (RuntimeException e) {
      refusal = ReasonCode.INTERNAL_ERROR;
      internalError(request, response, "launch", id, e);
    }
    if (launch == null && refusal == null) return; // a storage page answered; the launch goes on
    if (launch != null) {
      try {
        handler.onLaunch(launch, request, response);
      } catch (RuntimeException e) {
        if (!response.isCommitted()) {
          response.resetBuffer();
        }
        refusal = ReasonCode.INTERNAL_ERROR;
        internalError(request, response, "launch handler", id, e);
      }
    }
    LtiLaunch l = launch;
    tell(
        observer,
        new LaunchOutcome(
            LaunchOutcome.Step.LAUNCH,
            id,
            Optional.ofNullable(l).map(x -> x.platform().issuer().value()),
            Optional.ofNullable(l).map(x -> x.platform().clientId().value()),
            Optional.ofNullable(l).map(x -> x.deployment().id().value()),
            Optional.ofNullable(l).flatMap(x -> x.user().subject()),
            Optional.ofNullable(l).map(x -> x.messageType().claimValue()),
            Optional.ofNullable(refusal),
            Duration.ofNanos(System.nanoTime() - started)));
  }

  /**
   * {@value #STORAGE_CHECK_PATH}: the launch page's post of what it read back from the platform's
   * storage. Only the tool's own page may post it (its {@code Origin} must be the tool's):
   * otherwise another site could post made-up values for a launch it sends the browser.
   */
  static final class StorageCheckServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient LtiTool tool;
    private final transient LaunchHandler handler;
    private final transient LaunchObserver observer;

    StorageCheckServlet(LtiTool tool, LaunchHandler handler, LaunchObserver observer) {
      this.tool = tool;
      this.handler = handler;
      this.observer = observer;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
        throws IOException {
      long started = System.nanoTime();
      String id = correlationId();
      Launching launching =
          () -> {
            Map<String, String> form = RequestParameters.of(request);
            String origin = request.getHeader("Origin");
            String site = request.getHeader("Sec-Fetch-Site");
            boolean ownOrigin = origin != null && origin.equalsIgnoreCase(tool.toolOrigin());
            // a browser that hides the origin ("null") still tells whether the post is same-origin
            boolean hidden =
                (origin == null || origin.equals("null")) && "same-origin".equals(site);
            if (!(ownOrigin || hidden) || site != null && !site.equals("same-origin")) {
              throw new LaunchRefusedException(
                  ReasonCode.STORAGE_CHECK_FOREIGN, "posted from " + origin + " (" + site + ")");
            }
            StoredValues stored =
                new StoredValues(
                    filled(form.get("stored_state")),
                    filled(form.get("stored_nonce")),
                    filled(form.get("reply_origin")),
                    StoredValues.Problem.of(form.get("storage_problem")));
            LtiLaunch launch =
                tool.completeFromStorage(form.get("id_token"), form.get("state"), stored);
            LOG.log(Level.INFO, "launch [{0}] bound to the browser by the platform storage", id);
            return launch;
          };
      complete(tool, handler, observer, request, response, id, started, launching);
    }

    private static Optional<String> filled(String value) {
      return Optional.ofNullable(value).filter(v -> !v.isEmpty());
    }
  }

  /** {@value #STORAGE_SCRIPT_PATH}: the static script of the storage pages. */
  static final class StorageScriptServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final byte[] script;

    StorageScriptServlet() {
      try (java.io.InputStream in = LtiServlets.class.getResourceAsStream("storage.js")) {
        script = Objects.requireNonNull(in, "storage.js on the class path").readAllBytes();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException("cannot read storage.js", e);
      }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
        throws IOException {
      response.setContentType("text/javascript;charset=UTF-8");
      response.setHeader("Cache-Control", "max-age=300");
      response.getOutputStream().write(script);
    }
  }

  static final class JwksServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient LtiTool tool;

    JwksServlet(LtiTool tool) {
      this.tool = tool;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
        throws IOException {
      response.setContentType("application/json;charset=UTF-8");
      response.setHeader("Cache-Control", "max-age=" + JWKS_MAX_AGE_SECONDS);
      response.getWriter().write(tool.publicKeySetJson());
    }
  }

  /**
   * The cookie that binds a login to the browser. SameSite=None because the launch is a cross-site
   * form post from the LMS; Secure because browsers require it with SameSite=None.
   */
  static Cookie bindingCookie(String name, String value, int maxAgeSeconds) {
    Cookie cookie = new Cookie(name, value);
    cookie.setPath(LAUNCH_PATH);
    cookie.setMaxAge(maxAgeSeconds);
    cookie.setHttpOnly(true);
    cookie.setSecure(true);
    cookie.setAttribute("SameSite", "None");
    return cookie;
  }

  private static void refuse(
      HttpServletRequest request,
      HttpServletResponse response,
      String what,
      String id,
      LaunchRefusedException e)
      throws IOException {
    LOG.log(Level.DEBUG, "{0} refused [{1}] {2}: {3}", what, id, e.code(), e.getMessage());
    if (e.code() == ReasonCode.STORAGE_UNAVAILABLE
        || e.code() == ReasonCode.STATE_NOT_BOUND_TO_BROWSER) {
      // neither the cookie nor the platform's storage: say what to do, in both languages
      StoragePages.unavailable(response, e.code().httpStatus(), e.code(), id);
      return;
    }
    page(request, response, e.code(), id);
  }

  /**
   * The page for a request the container could not read, with {@link ReasonCode#REQUEST_MALFORMED}
   * and one log line at INFO: a malformed request is the sender's fault, not the tool's. The page
   * speaks the browser's language ({@code Accept-Language}: Danish or English, Danish otherwise).
   *
   * @param request what could not be read, for the page's language
   * @param response where to write
   * @param what what was asked for, for the log ("login", "launch", "page post")
   * @param e what could not be read
   * @throws IOException when writing fails
   */
  public static void malformed(
      HttpServletRequest request,
      HttpServletResponse response,
      String what,
      MalformedRequestException e)
      throws IOException {
    malformed(request, response, what, correlationId(), e);
  }

  private static void malformed(
      HttpServletRequest request,
      HttpServletResponse response,
      String what,
      String id,
      MalformedRequestException e)
      throws IOException {
    LOG.log(Level.INFO, "{0} refused [{1}] {2}: {3}", what, id, e.code(), e.getMessage());
    if (response.isCommitted()) return;
    page(request, response, e.code(), id);
  }

  private static void internalError(
      HttpServletRequest request,
      HttpServletResponse response,
      String what,
      String id,
      RuntimeException e)
      throws IOException {
    LOG.log(Level.ERROR, what + " failed [" + id + "] " + ReasonCode.INTERNAL_ERROR, e);
    if (response.isCommitted()) return;
    page(request, response, ReasonCode.INTERNAL_ERROR, id);
  }

  /** A reason code's page: its message is the library's English one, marked {@code lang="en"}. */
  private static void page(
      HttpServletRequest request, HttpServletResponse response, ReasonCode code, String id)
      throws IOException {
    write(
        response,
        Pages.language(request),
        code.httpStatus(),
        code.name(),
        code.message(),
        "en",
        null,
        id);
  }

  /**
   * The tool's error page, for refusals of the LTI layer and of what an integrator builds on it, in
   * the browser's language ({@code Accept-Language}: Danish or English, Danish otherwise): the
   * plain message, an optional further sentence, the reason code and the correlation id that the
   * log line carries too. Never a stack trace or a token.
   *
   * @param request the request answered, for the page's language
   * @param response where to write
   * @param status the HTTP status
   * @param reason the reason code, e.g. {@code TOKEN_EXPIRED}
   * @param message a plain message for the person in front of the browser, in the page's language
   * @param detail a further plain sentence, or null
   * @param correlationId from {@link #correlationId()}
   * @throws IOException when writing fails
   */
  public static void page(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      String reason,
      String message,
      String detail,
      String correlationId)
      throws IOException {
    Locale language = Pages.language(request);
    page(language, response, status, reason, message, language, detail, correlationId);
  }

  /**
   * The error page of {@link #page(HttpServletRequest, HttpServletResponse, int, String, String,
   * String, String)} in a language the caller knows (a launch's locale, a user's choice): Danish
   * unless the language is English. The message and detail may be in another language than the
   * page's; they are marked with theirs.
   *
   * @param language the page's language
   * @param response where to write
   * @param status the HTTP status
   * @param reason the reason code
   * @param message a plain message
   * @param messageLanguage the language of the message and the detail
   * @param detail a further plain sentence, or null
   * @param correlationId from {@link #correlationId()}
   * @throws IOException when writing fails
   */
  public static void page(
      Locale language,
      HttpServletResponse response,
      int status,
      String reason,
      String message,
      Locale messageLanguage,
      String detail,
      String correlationId)
      throws IOException {
    Locale page = Pages.language(Optional.of(language.toLanguageTag()), null);
    write(
        response,
        page,
        status,
        reason,
        message,
        messageLanguage.getLanguage(),
        detail,
        correlationId);
  }

  private static void write(
      HttpServletResponse response,
      Locale language,
      int status,
      String reason,
      String message,
      String messageLang,
      String detail,
      String correlationId)
      throws IOException {
    Pages.write(
        response,
        status,
        "error.jte",
        Pages.params(
            "lang", language.getLanguage(),
            "text", Pages.text(language),
            "status", status,
            "reason", reason,
            "message", message,
            "messageLang", messageLang,
            "detail", detail,
            "correlationId", correlationId));
  }

  /** A fresh correlation id for a log line and the page that refers to it. */
  public static String correlationId() {
    return Long.toHexString(ThreadLocalRandom.current().nextLong() | Long.MIN_VALUE);
  }
}
