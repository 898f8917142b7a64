package dk.bif.examples.cli;

/**
 * Escaping for the HTML report. Every text that comes from data passes through {@link #text}; the
 * report writes no other dynamic content, so a name or comment with markup in it is shown, never
 * run.
 */
final class Html {

  private Html() {}

  /** {@code value} escaped for HTML text and for a quoted attribute value. */
  static String text(Object value) {
    String s = String.valueOf(value);
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
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

  /** A number for an SVG attribute, with a dot as the decimal separator whatever the locale. */
  static String num(double value) {
    return String.format(java.util.Locale.ROOT, "%.1f", value);
  }
}
