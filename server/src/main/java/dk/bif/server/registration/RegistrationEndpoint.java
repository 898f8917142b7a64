package dk.bif.server.registration;

import dk.bif.lti.registration.PlatformRegistration;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The public page an LMS opens for Dynamic Registration: {@code GET /register/<token>?
 * openid_configuration=…&registration_token=…} (LTI DR 1.0 §3.3). It registers the platform through
 * {@link DynamicRegistrations} and answers with a page that says what happened, in Danish or
 * English by the browser's language; after a registration the page's script ({@value
 * #CLOSE_SCRIPT}, no inline script: {@code script-src 'self'}) posts {@code
 * {subject:'org.imsglobal.lti.close'}} to the window that opened it or the frame around it. The LMS
 * may frame the page: {@code frame-ancestors} is the origin of the configuration URL. The page
 * never shows the tokens, and the log line names the outcome, the platform and the reason code
 * only. Thread-safe.
 */
public final class RegistrationEndpoint {

  /** Where the registration links point. */
  public static final String ROOT = "/register";

  /** The page's only script. */
  static final String CLOSE_SCRIPT = ROOT + "/close.js";

  /** Posts the close message to the LMS, at once and when the button is pressed. */
  static final String CLOSE_JS =
      "(function () {\n"
          + "  function close() {\n"
          + "    var target = window.opener || window.parent;\n"
          + "    if (target && target !== window) {\n"
          + "      target.postMessage({subject: 'org.imsglobal.lti.close'}, '*');\n"
          + "    }\n"
          + "  }\n"
          + "  var button = document.getElementById('close');\n"
          + "  if (button) button.addEventListener('click', close);\n"
          + "  close();\n"
          + "})();\n";

  private static final Logger LOG = LoggerFactory.getLogger(RegistrationEndpoint.class);
  private static final TemplateEngine TEMPLATES =
      TemplateEngine.createPrecompiled(
          null,
          ContentType.Html,
          RegistrationEndpoint.class.getClassLoader(),
          "dk.bif.server.admin.templates");
  private static final Set<String> ACTIVATED_LATER = Set.of("moodle", "desire2learn");

  private final DynamicRegistrations registrations;
  private final Locale defaultLocale;

  /**
   * @param registrations the registrations
   * @param defaultLocale the language when the browser names neither Danish nor English
   */
  public RegistrationEndpoint(DynamicRegistrations registrations, Locale defaultLocale) {
    this.registrations = Objects.requireNonNull(registrations, "registrations");
    this.defaultLocale = Objects.requireNonNull(defaultLocale, "defaultLocale");
  }

  /**
   * Mounts the page under {@value #ROOT}.
   *
   * @param context the servlet context, before it starts
   */
  public void register(ServletContext context) {
    context.addServlet("bif-registration", new Servlet(this)).addMapping(ROOT + "/*");
  }

  private void serve(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String path = Objects.toString(request.getPathInfo(), "");
    if (path.equals("/close.js")) {
      response.setContentType("text/javascript;charset=UTF-8");
      response.setHeader("Cache-Control", "max-age=3600");
      response.setHeader("X-Content-Type-Options", "nosniff");
      response.getWriter().write(CLOSE_JS);
      return;
    }
    Locale locale = locale(request);
    String configuration = request.getParameter("openid_configuration");
    headers(response, configuration);
    String token = path.startsWith("/") ? path.substring(1) : path;
    if (configuration == null || configuration.isBlank()) {
      boolean knownShape = !token.isEmpty() && !token.contains("/");
      render(
          request,
          response,
          400,
          page(
              request,
              locale,
              "CONFIGURATION_URL_INVALID",
              List.of(text(locale, knownShape ? "noLms" : "noLink")),
              List.of(),
              false));
      log("REFUSED", "CONFIGURATION_URL_INVALID", Optional.empty());
      return;
    }
    Optional<String> registrationToken =
        Optional.ofNullable(request.getParameter("registration_token")).filter(s -> !s.isBlank());
    DynamicRegistrations.Outcome outcome =
        registrations.register(token, configuration, registrationToken);
    if (outcome instanceof DynamicRegistrations.Registered r) {
      PlatformRegistration p = r.registration();
      List<String> paragraphs = new ArrayList<>();
      paragraphs.add(text(locale, "registered.text", p.name().orElse(p.issuer().value())));
      if (r.product().filter(ACTIVATED_LATER::contains).isPresent()) {
        paragraphs.add(text(locale, "registered.activate." + r.product().get()));
      }
      paragraphs.add(text(locale, "registered.close"));
      List<RegistrationPage.Fact> facts =
          List.of(
              new RegistrationPage.Fact(text(locale, "fact.issuer"), p.issuer().value()),
              new RegistrationPage.Fact(text(locale, "fact.client"), p.clientId().value()),
              new RegistrationPage.Fact(
                  text(locale, "fact.deployment"),
                  String.join(
                      ", ", p.deploymentIds().stream().map(d -> d.value()).sorted().toList())));
      render(request, response, 200, page(request, locale, "REGISTERED", paragraphs, facts, true));
      log("REGISTERED", "REGISTERED", Optional.of(p));
      return;
    }
    DynamicRegistrations.Refused refused = (DynamicRegistrations.Refused) outcome;
    List<String> paragraphs = new ArrayList<>();
    String when = refused.when().map(t -> time(locale, t)).orElse("");
    paragraphs.add(text(locale, "refused." + refused.code(), when, host(configuration)));
    if (!refused.code().startsWith("INVITATION_")) {
      // what the LMS's administrator needs to look into; the link's own problems need none
      paragraphs.add(text(locale, "refused.detail", refused.detail()));
    }
    paragraphs.add(text(locale, "refused.next." + next(refused.code())));
    render(
        request,
        response,
        refused.status(),
        page(request, locale, refused.code(), paragraphs, List.of(), false));
    log("REFUSED", refused.code(), Optional.empty());
  }

  /** What the reader can do next: ask for a new link, tell the LMS's administrator, or retry. */
  private static String next(String code) {
    return switch (code) {
      case "INVITATION_UNKNOWN", "INVITATION_EXPIRED", "INVITATION_USED" -> "newLink";
      case "CONFIGURATION_UNREACHABLE",
          "REGISTRATION_UNREACHABLE",
          "REGISTRATION_FAILED",
          "CONFIGURATION_ANSWER_ERROR",
          "INVITATION_BUSY" ->
          "retry";
      default -> "lmsAdmin";
    };
  }

  private RegistrationPage page(
      HttpServletRequest request,
      Locale locale,
      String code,
      List<String> paragraphs,
      List<RegistrationPage.Fact> facts,
      boolean closes) {
    String key = code.equals("REGISTERED") ? "registered.heading" : "refused.heading";
    return new RegistrationPage(
        locale, request.getContextPath(), text(locale, key), paragraphs, facts, code, closes);
  }

  private static void render(
      HttpServletRequest request, HttpServletResponse response, int status, RegistrationPage page)
      throws IOException {
    StringOutput out = new StringOutput(4096);
    TEMPLATES.render("registration/page.jte", Map.of("page", page), out);
    response.setStatus(status);
    response.setContentType("text/html;charset=UTF-8");
    response.getWriter().write(out.toString());
  }

  private static void log(String outcome, String code, Optional<PlatformRegistration> p) {
    var line = LOG.atInfo().addKeyValue("route", ROOT).addKeyValue("outcome", code);
    if (p.isPresent()) {
      line =
          line.addKeyValue("issuer", p.get().issuer().value())
              .addKeyValue("client_id", p.get().clientId().value());
    }
    line.log("dynamic registration {}", outcome.equals("REGISTERED") ? "registered" : "refused");
  }

  /**
   * The page's headers: its own script only, no form, framed by the LMS that opened it, nothing
   * cached and no referrer (the URL carries the tokens).
   */
  private static void headers(HttpServletResponse response, String configuration) {
    String ancestors = origin(configuration).orElse("'none'");
    response.setHeader(
        "Content-Security-Policy",
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self';"
            + " form-action 'none'; base-uri 'none'; frame-ancestors "
            + ancestors);
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "no-referrer");
  }

  private static Optional<String> origin(String url) {
    if (url == null) return Optional.empty();
    try {
      URI u = new URI(url.strip());
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("https") || scheme.equals("http")) || u.getHost() == null) {
        return Optional.empty();
      }
      if (!u.getHost().matches("[A-Za-z0-9.\\-\\[\\]:]+")) return Optional.empty();
      return Optional.of(scheme + "://" + u.getHost() + (u.getPort() < 0 ? "" : ":" + u.getPort()));
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  private static String host(String url) {
    return origin(url).orElse("?");
  }

  private static String text(Locale locale, String key, Object... args) {
    return RegistrationPage.text(locale, key, args);
  }

  private static String time(Locale locale, Instant t) {
    return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", locale)
        .withZone(ZoneId.systemDefault())
        .format(t);
  }

  private Locale locale(HttpServletRequest request) {
    String accept = request.getHeader("Accept-Language");
    if (accept != null) {
      try {
        for (Locale.LanguageRange range : Locale.LanguageRange.parse(accept)) {
          String lang = range.getRange().toLowerCase(Locale.ROOT);
          if (lang.startsWith("da")) return Locale.forLanguageTag("da");
          if (lang.startsWith("en")) return Locale.ENGLISH;
        }
      } catch (IllegalArgumentException e) {
        // a malformed header: the default language
      }
    }
    return defaultLocale;
  }

  private static final class Servlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient RegistrationEndpoint endpoint;

    Servlet(RegistrationEndpoint endpoint) {
      this.endpoint = endpoint;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
        throws IOException {
      request.setCharacterEncoding(StandardCharsets.UTF_8.name());
      endpoint.serve(request, response);
    }
  }
}
