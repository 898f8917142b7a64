package dk.bif.tool.pages;

import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The pages' texts in one language, from the resource bundle {@code dk/bif/tool/pages/messages}:
 * Danish in the base file, English in {@code messages_en}. Thread-safe.
 */
public final class Messages {

  /** Danish, the pages' default language. */
  public static final Locale DANISH = Locale.forLanguageTag("da");

  private static final String BUNDLE = "dk.bif.tool.pages.messages";
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
  private static final System.Logger LOG = System.getLogger(Messages.class.getName());

  private final Locale locale;
  private final ResourceBundle bundle;
  private final Map<String, Pattern> formats = new ConcurrentHashMap<>();

  private Messages(Locale locale) {
    this.locale = locale;
    this.bundle = ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK);
  }

  /**
   * The texts for a launch's locale: English when it asks for any English, else Danish.
   *
   * @param locale the locale from the launch, e.g. {@code en-GB}
   * @return the texts
   */
  public static Messages of(Locale locale) {
    return "en".equals(locale.getLanguage()) ? ENGLISH : DANISH_TEXTS;
  }

  /**
   * The language a launch's {@code locale} claim selects.
   *
   * @param tag the BCP 47 tag as sent, e.g. {@code en-US} or {@code da_DK}
   * @return English or Danish
   */
  public static Locale language(String tag) {
    // the language subtag is what decides: "en", "EN", "en-GB", "en_US" (no full BCP 47 parse)
    boolean english =
        tag.regionMatches(true, 0, "en", 0, 2)
            && (tag.length() == 2 || tag.charAt(2) == '-' || tag.charAt(2) == '_');
    return english ? Locale.ENGLISH : DANISH;
  }

  private static final Messages ENGLISH = new Messages(Locale.ENGLISH);
  private static final Messages DANISH_TEXTS = new Messages(DANISH);

  /** The language of these texts. */
  public Locale locale() {
    return locale;
  }

  /**
   * A text; a missing key shows as the key itself and is logged, so a page never fails for it.
   *
   * @param key the bundle key
   * @param args {@link MessageFormat} arguments
   * @return the text
   */
  public String text(String key, Object... args) {
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      LOG.log(System.Logger.Level.WARNING, "no text for key {0} in {1}", key, locale);
      return key;
    }
    if (args.length == 0) return pattern;
    // parsing a pattern costs more than formatting it: each is parsed once per language
    Pattern compiled = formats.computeIfAbsent(key, k -> new Pattern(bundle.getString(k), locale));
    return compiled.format(args);
  }

  /**
   * A parsed pattern. A number put where the pattern names no format ({@code {0}}) is formatted
   * with a number format kept here, as {@link MessageFormat} would with one it makes per call. Not
   * thread-safe by itself: {@link #format} holds its monitor.
   */
  private static final class Pattern {
    private final MessageFormat format;
    private final Format[] byArgument;
    private final NumberFormat numbers;

    Pattern(String pattern, Locale locale) {
      this.format = new MessageFormat(pattern, locale);
      this.byArgument = format.getFormatsByArgumentIndex();
      this.numbers = NumberFormat.getInstance(locale);
    }

    synchronized String format(Object[] args) {
      Object[] values = args;
      for (int i = 0; i < args.length; i++) {
        boolean plain = i >= byArgument.length || byArgument[i] == null;
        if (plain && args[i] instanceof Number n) {
          if (values == args) values = args.clone();
          values[i] = numbers.format(n);
        }
      }
      return format.format(values);
    }
  }

  /** Whether the bundle has a key. */
  public boolean has(String key) {
    return bundle.containsKey(key);
  }

  /** Every key of the bundle, for the test that both languages have the same keys. */
  public List<String> keys() {
    return bundle.keySet().stream().sorted().toList();
  }
}
