package dk.bif.credentials.document;

import java.util.Locale;

/** The language of a document: Danish (the programme's own), or English for use abroad. */
public enum DocumentLanguage {
  /** Danish. */
  DA,
  /** English. */
  EN;

  /**
   * Reads a language as typed: {@code da} or {@code en} (any case; {@code dansk}, {@code english}
   * too).
   *
   * @param text the language
   * @return the language
   * @throws IllegalArgumentException naming the text when it is neither
   */
  public static DocumentLanguage of(String text) {
    String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    return switch (t) {
      case "da", "dansk", "danish" -> DA;
      case "en", "english", "engelsk" -> EN;
      default ->
          throw new IllegalArgumentException(
              "'" + text + "' is not a document language; expected da (Danish) or en (English)");
    };
  }

  /** The BCP 47 tag: {@code da} or {@code en}. */
  public String tag() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The locale dates are written in. */
  Locale locale() {
    return this == DA ? Locale.forLanguageTag("da-DK") : Locale.UK;
  }
}
