package dk.bif.examples.report;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Map;

/**
 * Renders the centre head's report with the precompiled JTE template {@code report.jte}: HTML
 * content type, so every value is escaped for its context; inline CSS, no scripts, no external
 * assets. Stateless and thread-safe.
 */
public final class ReportPage {

  /** The precompiled templates; stateless, so one engine serves every render. */
  private static final TemplateEngine TEMPLATES =
      TemplateEngine.createPrecompiled(
          null,
          ContentType.Html,
          ReportPage.class.getClassLoader(),
          "dk.bif.examples.report.templates");

  private ReportPage() {}

  /**
   * @param report what the report shows
   * @return the HTML document
   */
  public static String render(CentreReport report) {
    StringOutput out = new StringOutput(64 * 1024);
    TEMPLATES.render("report.jte", Map.of("r", report), out);
    return out.toString();
  }
}
