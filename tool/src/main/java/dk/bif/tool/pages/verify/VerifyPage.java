package dk.bif.tool.pages.verify;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/** Renders the verification page from its precompiled, auto-escaping template. */
public final class VerifyPage {

  private static final TemplateEngine TEMPLATES =
      TemplateEngine.createPrecompiled(
          null, ContentType.Html, VerifyPage.class.getClassLoader(), "dk.bif.tool.pages.templates");

  private VerifyPage() {}

  /**
   * @param view the page
   * @return the HTML
   */
  public static String render(VerifyView view) {
    StringOutput out = new StringOutput();
    TEMPLATES.render("verify/page.jte", java.util.Map.of("view", view), out);
    return out.toString();
  }
}
