package dk.bif.server.admin;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * What every admin page's layout needs: the texts in the page's language, the title, the
 * administrator, the session's CSRF token for the forms, and a notice or the errors to show.
 *
 * @param locale Danish or English
 * @param root the servlet context path, "" at the root
 * @param title the page's title
 * @param admin the administrator logged in, when one is
 * @param csrf the CSRF token every form carries
 * @param notice a line saying what was just done
 * @param errors what was wrong with the form just sent
 */
public record AdminPage(
    Locale locale,
    String root,
    String title,
    Optional<String> admin,
    String csrf,
    Optional<String> notice,
    List<String> errors) {

  /** The texts' bundle. */
  static final String BUNDLE = "dk.bif.server.admin.messages";

  /** The form field with the CSRF token. */
  public static final String CSRF_FIELD = "csrf";

  /** Copies the list. */
  public AdminPage {
    errors = List.copyOf(errors);
  }

  /**
   * A text in the page's language.
   *
   * @param key the key in the bundle
   * @param args the values for its {@code {0}}, {@code {1}}...
   * @return the text; the key itself when there is none
   */
  public String t(String key, Object... args) {
    return text(locale, key, args);
  }

  /** The page's language tag for {@code <html lang>}. */
  public String lang() {
    return locale.getLanguage();
  }

  static String text(Locale locale, String key, Object... args) {
    try {
      String pattern = bundle(locale).getString(key);
      return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    } catch (MissingResourceException e) {
      return key;
    }
  }

  /** Danish from the base bundle, English from {@code _en}; never the JVM's own locale. */
  private static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(
        BUNDLE,
        locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  static boolean has(Locale locale, String key) {
    return bundle(locale).containsKey(key);
  }
}
