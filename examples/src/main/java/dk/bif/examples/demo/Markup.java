package dk.bif.examples.demo;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Escaping for the HTML the examples write (the demo LMS's pages, the HTML report) and the frame of
 * the demo LMS's pages: one place, so no value goes out unescaped.
 */
public final class Markup {
  private static final String STYLE =
      """
      body{font-family:system-ui,sans-serif;margin:0;color:#1a1a1a;background:#fff;line-height:1.5}
      header{background:#12355b;color:#fff;padding:.75rem 1.5rem;display:flex;flex-wrap:wrap;\
      gap:1rem;align-items:baseline;justify-content:space-between}
      header a{color:#fff}
      header p{margin:0}
      .brand{font-weight:bold;font-size:1.2rem}
      main{padding:1rem 1.5rem;max-width:72rem}
      a{color:#0b4f8a}
      a:focus,button:focus,.button:focus{outline:3px solid #b35900;outline-offset:2px}
      .button{display:inline-block;background:#0b4f8a;color:#fff;border:0;border-radius:4px;\
      padding:.35rem .9rem;text-decoration:none;font:inherit}
      .button:hover{background:#12355b}
      ul.plain{list-style:none;padding:0}
      ul.plain li{padding:.4rem 0;border-bottom:1px solid #ccc}
      table{border-collapse:collapse;margin:.5rem 0 1.5rem}
      th,td{border:1px solid #767676;padding:.35rem .6rem;text-align:left;vertical-align:top}
      thead th{background:#e8eef5}
      caption{text-align:left;font-weight:bold;padding:.3rem 0}
      iframe{width:100%;min-height:40rem;border:1px solid #767676}
      .muted{color:#4d4d4d}
      .visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);\
      white-space:nowrap}
      """;

  private Markup() {}

  /**
   * Escapes text for HTML text and quoted attribute values.
   *
   * @param text any text
   * @return the text with {@code & < > " '} escaped
   */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** A query parameter value, URL-encoded (escape it again when it goes into an attribute). */
  static String query(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /**
   * A whole page.
   *
   * @param site the site's name, in the header and after the title, e.g. "Demo LMS"
   * @param title the title, also the text of the only {@code h1}
   * @param signedIn who is signed in (already escaped markup), or empty
   * @param body the page's content after the heading (already escaped markup)
   */
  static String page(String site, String title, String signedIn, String body) {
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"
        + escape(title)
        + " – "
        + escape(site)
        + "</title>\n<style>\n"
        + STYLE
        + "</style>\n</head>\n<body>\n<header>\n<p class=\"brand\"><a href=\"/\" id=\"home\">"
        + escape(site)
        + "</a></p>\n"
        + (signedIn.isEmpty() ? "" : "<p id=\"signed-in\">" + signedIn + "</p>\n")
        + "</header>\n<main>\n<h1>"
        + escape(title)
        + "</h1>\n"
        + body
        + "</main>\n</body>\n</html>\n";
  }
}
