package dk.bif.server.registration;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * What the registration page shows: a heading and plain sentences in the page's language, the
 * reason code, the facts of a registration made, and whether the page tells the LMS to close it.
 *
 * @param locale Danish or English
 * @param root the servlet context path, "" at the root
 * @param heading the heading
 * @param paragraphs the sentences, each a paragraph
 * @param facts label and value pairs (platform, issuer, client id, deployment)
 * @param code the reason code; {@code REGISTERED} when it worked
 * @param closes whether the page posts {@code org.imsglobal.lti.close} to the LMS
 */
public record RegistrationPage(
    Locale locale,
    String root,
    String heading,
    List<String> paragraphs,
    List<Fact> facts,
    String code,
    boolean closes) {

  static final String BUNDLE = "dk.bif.server.registration.messages";

  /** Copies the lists. */
  public RegistrationPage {
    paragraphs = List.copyOf(paragraphs);
    facts = List.copyOf(facts);
  }

  /** One labelled value. */
  public record Fact(String label, String value) {}

  /**
   * A text in the page's language.
   *
   * @param key the key
   * @param args the values for {@code {0}}...
   * @return the text, or the key when there is none
   */
  public String t(String key, Object... args) {
    return text(locale, key, args);
  }

  /** The language tag for {@code <html lang>}. */
  public String lang() {
    return locale.getLanguage();
  }

  static String text(Locale locale, String key, Object... args) {
    try {
      String pattern =
          ResourceBundle.getBundle(
                  BUNDLE,
                  locale,
                  ResourceBundle.Control.getNoFallbackControl(
                      ResourceBundle.Control.FORMAT_PROPERTIES))
              .getString(key);
      return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    } catch (MissingResourceException e) {
      return key;
    }
  }
}
