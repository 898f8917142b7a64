package dk.bif.core.competence;

import java.util.Objects;

/**
 * A text in Danish, as the sources write it, with its English translation.
 *
 * @param da the Danish text, never blank
 * @param en the English translation, never blank
 */
public record LocalizedText(String da, String en) {
  public LocalizedText {
    Objects.requireNonNull(da, "da");
    Objects.requireNonNull(en, "en");
    if (da.isBlank() || en.isBlank()) {
      throw new IllegalArgumentException(
          "a localized text needs both Danish and English; got da='" + da + "', en='" + en + "'");
    }
  }

  /** Returns the text in Danish and English. */
  public static LocalizedText of(String da, String en) {
    return new LocalizedText(da, en);
  }
}
