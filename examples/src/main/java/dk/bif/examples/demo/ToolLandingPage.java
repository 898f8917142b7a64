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
    response.setContentType("text/html;charset=utf-8");
    response
        .getOutputStream()
        .write(
            DemoLmsPages.render("demo/landing.jte", "lms", lms.toString(), "tool", tool.toString())
                .getBytes(StandardCharsets.UTF_8));
  }
}
