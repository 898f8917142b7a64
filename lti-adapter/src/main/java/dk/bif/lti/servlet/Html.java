package dk.bif.lti.servlet;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Writes small, escaped HTML pages: the error page and the default launch page. (Pages with more to
 * them belong in templates.)
 */
public final class Html {
  private Html() {}

  /**
   * @param text any text
   * @return the text with {@code < > & " '} escaped for HTML content and attribute values
   */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Writes a whole page: status, content type, {@code no-store}, {@code nosniff}.
   *
   * @param response where to write
   * @param status the HTTP status
   * @param title the page title (escaped here)
   * @param body the body's HTML, already escaped
   * @throws IOException when writing fails
   */
  public static void write(HttpServletResponse response, int status, String title, String body)
      throws IOException {
    response.setStatus(status);
    response.setContentType("text/html;charset=UTF-8");
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response
        .getWriter()
        .write(
            "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
                + escape(title)
                + "</title></head>\n<body>\n"
                + body
                + "\n</body></html>\n");
  }
}
