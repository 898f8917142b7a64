package dk.bif.tool.servlet;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * The tool's pages that stand outside the signed-in layout (the bridged launch page, the
 * deep-linking auto-post page): rendered from the tool's precompiled, auto-escaping templates and
 * written with {@code no-store} and {@code nosniff} (the caller sets the Content-Security-Policy).
 */
final class StandalonePages {
  private static final TemplateEngine TEMPLATES =
      TemplateEngine.createPrecompiled(
          null,
          ContentType.Html,
          StandalonePages.class.getClassLoader(),
          "dk.bif.tool.pages.templates");

  private StandalonePages() {}

  static void write(
      HttpServletResponse response, int status, String template, Map<String, Object> params)
      throws IOException {
    StringOutput out = new StringOutput();
    TEMPLATES.render(template, params, out);
    response.setStatus(status);
    response.setContentType("text/html;charset=UTF-8");
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.getWriter().write(out.toString());
  }
}
