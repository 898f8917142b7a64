package dk.bif.examples.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * The command line's words in one language, Danish or English: labels, headings, messages and the
 * problems found in input files, from {@code words_da.properties} and {@code words_en.properties}
 * beside this class, and numbers in the language's format. Immutable and thread-safe.
 */
public final class Words {

  /** The languages the command line speaks, the default first. */
  public static final List<String> LANGUAGES = List.of("da", "en");

  private static final Map<String, Properties> TEXTS =
      Map.of("da", load("words_da.properties"), "en", load("words_en.properties"));

  private final String language;
  private final Locale locale;

  private Words(String language) {
    this.language = language;
    this.locale = language.equals("da") ? Locale.forLanguageTag("da-DK") : Locale.ENGLISH;
  }

  /** Danish, the default. */
  public static Words danish() {
    return new Words("da");
  }

  /** English. */
  public static Words english() {
    return new Words("en");
  }

  /**
   * @param language {@code da} or {@code en}
   * @return the words of that language
   * @throws IllegalArgumentException naming the languages there are, for any other
   */
  public static Words of(String language) {
    Objects.requireNonNull(language, "language");
    String code = language.strip().toLowerCase(Locale.ROOT);
    if (!LANGUAGES.contains(code)) {
      throw new IllegalArgumentException(
          "'" + language + "' is not a language of bif; use " + String.join(" or ", LANGUAGES));
    }
    return new Words(code);
  }

  /** {@code da} or {@code en}. */
  public String language() {
    return language;
  }

  /** The locale numbers and the core's reasons are written in. */
  public Locale locale() {
    return locale;
  }

  /**
   * A text of the language, with its facts filled in.
   *
   * @param key the key
   * @param facts the facts the text names as {@code {0}}, {@code {1}} …
   * @return the text
   * @throws IllegalArgumentException when neither language has the key
   */
  public String get(String key, Object... facts) {
    String pattern = TEXTS.get(language).getProperty(key);
    if (pattern == null) {
      pattern = TEXTS.get("en").getProperty(key);
    }
    if (pattern == null) {
      throw new IllegalArgumentException("the command line has no text '" + key + "'");
    }
    return new MessageFormat(pattern, locale).format(facts);
  }

  /** Whether the language has a text for {@code key}. */
  public boolean has(String key) {
    return TEXTS.get(language).containsKey(key) || TEXTS.get("en").containsKey(key);
  }

  /** A whole number with the language's grouping: {@code 2.345} or {@code 2,345}. */
  public String number(long value) {
    return NumberFormat.getIntegerInstance(locale).format(value);
  }

  /**
   * A number with a fixed count of decimals: {@code 3,75} or {@code 3.75}.
   *
   * @param value the number
   * @param decimals how many decimals
   * @return the number as written in the language
   */
  public String decimal(double value, int decimals) {
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMinimumFractionDigits(decimals);
    format.setMaximumFractionDigits(decimals);
    return format.format(value);
  }

  /**
   * A percentage with one decimal, as the language writes it: {@code 91,0 %} or {@code 91.0%}.
   *
   * @param percent the percentage, 0 … 100
   * @return the text
   */
  public String percent(double percent) {
    return decimal(percent, 1) + (language.equals("da") ? " %" : "%");
  }

  /** A whole percentage: {@code 48 %} or {@code 48%}. */
  public String wholePercent(int percent) {
    return number(percent) + (language.equals("da") ? " %" : "%");
  }

  /**
   * A share of a whole as a percentage, or the language's word for none when there is no whole:
   * "ingen" rather than 0,0 % of 0.
   *
   * @param part the count
   * @param whole what it is a share of
   * @return e.g. {@code 91,0 % (91 af 100)}, or {@code ingen} when {@code whole} is 0
   */
  public String share(long part, long whole) {
    if (whole == 0) {
      return get("share.none");
    }
    return get("share.of", percent(100.0 * part / whole), number(part), number(whole));
  }

  /** Kroner in whole kroner: {@code 1.234.567 kr.} or {@code DKK 1,234,567}. */
  public String kroner(long kroner) {
    return get("kroner", number(kroner));
  }

  private static Properties load(String name) {
    Properties texts = new Properties();
    try (InputStream in = Words.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the command line's texts " + name + " are missing");
      }
      texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("the command line's texts " + name + " cannot be read", e);
    }
    return texts;
  }
}
