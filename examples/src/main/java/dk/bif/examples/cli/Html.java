package dk.bif.examples.cli;

import dk.bif.examples.demo.Markup;

/**
 * Escaping for the HTML report. Every text that comes from data passes through {@link #text}; the
 * report writes no other dynamic content, so a name or comment with markup in it is shown, never
 * run.
 */
final class Html {

  private Html() {}

  /** {@code value} escaped for HTML text and for a quoted attribute value. */
  static String text(Object value) {
    return Markup.escape(String.valueOf(value));
  }

  /** A number for an SVG attribute, with a dot as the decimal separator whatever the locale. */
  static String num(double value) {
    return String.format(java.util.Locale.ROOT, "%.1f", value);
  }
}
