package dk.bif.examples.demo;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * The tool's root page in the demo: the tool is opened from an LMS, so this page only says where
 * the demo LMS is and which URLs an LMS administrator would register.
 */
final class ToolLandingPage extends HttpServlet {
  private static final long serialVersionUID = 1L;

  private final URI lms;
  private final URI tool;

  ToolLandingPage(URI lms, URI tool) {
    this.lms = lms;
    this.tool = tool;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String body =
        "<p>The BIF tool opens from an LMS. In the demo, start at the demo LMS: <a id=\"demo-lms\""
            + " href=\""
            + Markup.escape(lms.toString())
            + "\">"
            + Markup.escape(lms.toString())
            + "</a>.</p>\n<h2>What an LMS registers</h2>\n<ul>\n"
            + item("Login initiation URL", tool + "/lti/login")
            + item("Redirect and target link URL", tool + "/lti/launch")
            + item("Public key set URL", tool + "/lti/jwks")
            + "</ul>\n";
    response.setContentType("text/html;charset=utf-8");
    response
        .getOutputStream()
        .write(
            Markup.page("BIF LTI tool", "The BIF LTI tool", "", body)
                .getBytes(StandardCharsets.UTF_8));
  }

  private static String item(String name, String url) {
    return "<li>" + Markup.escape(name) + ": <code>" + Markup.escape(url) + "</code></li>\n";
  }
}
