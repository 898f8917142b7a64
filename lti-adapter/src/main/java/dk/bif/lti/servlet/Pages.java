package dk.bif.lti.servlet;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The library's own pages: its precompiled JTE templates (src/main/jte, package {@value
 * #TEMPLATE_PACKAGE}, every value escaped for its context) and its message bundle in Danish and
 * English. Stateless.
 */
final class Pages {
  static final String TEMPLATE_PACKAGE = "dk.bif.lti.servlet.templates";

  /** The languages the pages speak; the first is the default. */
  private static final List<Locale> LANGUAGES =
      List.of(Locale.forLanguageTag("da"), Locale.ENGLISH);

  private static final TemplateEngine TEMPLATES =
      TemplateEngine.createPrecompiled(
          null, ContentType.Html, Pages.class.getClassLoader(), TEMPLATE_PACKAGE);

  private Pages() {}

  /**
   * The page language for a request: the best of Danish and English by its {@code Accept-Language},
   * Danish when it names neither or is unreadable.
   */
  static Locale language(HttpServletRequest request) {
    String header = request == null ? null : request.getHeader("Accept-Language");
    if (header == null || header.isBlank()) return LANGUAGES.get(0);
    try {
      Locale best = Locale.lookup(Locale.LanguageRange.parse(header), LANGUAGES);
      return best == null ? LANGUAGES.get(0) : best;
    } catch (IllegalArgumentException e) {
      return LANGUAGES.get(0);
    }
  }

  /** The page language for a launch's locale claim (BCP 47), or the request's when it has none. */
  static Locale language(Optional<String> claim, HttpServletRequest request) {
    return claim
        .map(c -> Locale.lookup(Locale.LanguageRange.parse(safeRange(c)), LANGUAGES))
        .orElseGet(() -> language(request));
  }

  private static String safeRange(String tag) {
    String t = tag.replace('_', '-');
    return t.matches("[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*") ? t : "*";
  }

  static ResourceBundle text(Locale language) {
    return ResourceBundle.getBundle(
        "dk.bif.lti.servlet.messages", language, Pages.class.getClassLoader(), NO_FALLBACK);
  }

  /** The bundle named, never the JVM's default locale's: Danish is the base bundle. */
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  /** Template parameters from name, value pairs; a value may be null. */
  static Map<String, Object> params(Object... namesAndValues) {
    Map<String, Object> out = new java.util.HashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      out.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return out;
  }

  /** Renders a template to a string. */
  static String render(String template, Map<String, Object> params) {
    StringOutput out = new StringOutput();
    TEMPLATES.render(template, params, out);
    return out.toString();
  }

  /**
   * Writes a whole page: status, content type, {@code no-store}, {@code nosniff} (the caller has
   * set the Content-Security-Policy and the other security headers).
   */
  static void write(
      HttpServletResponse response, int status, String template, Map<String, Object> params)
      throws IOException {
    String html = render(template, params);
    response.setStatus(status);
    response.setContentType("text/html;charset=UTF-8");
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.getWriter().write(html);
  }
}
