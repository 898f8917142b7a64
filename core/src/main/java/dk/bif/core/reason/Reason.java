package dk.bif.core.reason;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * Why a rule decided as it did: a message key and the facts the sentence is made of. {@link
 * #text(Locale)} renders it in English or Danish from the core's message texts ({@code
 * reasons.properties}, {@code reasons_da.properties} beside this class), so the command line, the
 * pages and the reports give one and the same explanation in the reader's language.
 *
 * <p>Facts are rendered by type: a {@link LocalDate} as {@code YYYY-MM-DD} in every language (the
 * form the input files use), a {@link Period} as words ("3 months", "3 måneder"), a number in the
 * language's format (Danish {@code 2.190}), a nested {@code Reason} in the same language, a {@link
 * Term} through its own key, anything else by {@code toString()}. Immutable and thread-safe.
 *
 * @param key the message key, e.g. {@code "due.del1"}; must exist in the English texts
 * @param facts the facts, in the order the message's {@code {0}}, {@code {1}} … name them (copied)
 */
public record Reason(String key, List<Object> facts) {

  private static final Map<String, Properties> TEXTS =
      Map.of("en", load("reasons.properties"), "da", load("reasons_da.properties"));

  public Reason {
    Objects.requireNonNull(key, "key");
    facts = List.copyOf(facts);
    if (!TEXTS.get("en").containsKey(key)) {
      throw new IllegalArgumentException("no reason text has the key '" + key + "'");
    }
  }

  /**
   * @param key the message key
   * @param facts the facts the message names
   * @return the reason
   * @throws IllegalArgumentException when no message has the key
   */
  public static Reason of(String key, Object... facts) {
    return new Reason(key, List.of(facts));
  }

  /**
   * A word or phrase of the message texts that is itself translated, e.g. the kind of a leave.
   *
   * @param key the key of the term
   */
  public record Term(String key) {
    public Term {
      Objects.requireNonNull(key, "key");
      if (!TEXTS.get("en").containsKey(key)) {
        throw new IllegalArgumentException("no reason text has the key '" + key + "'");
      }
    }
  }

  /**
   * @param key the term's key
   * @return the term, rendered in the reason's language
   */
  public static Term term(String key) {
    return new Term(key);
  }

  /** The sentence in English. */
  public String english() {
    return text(Locale.ENGLISH);
  }

  /** The sentence in English: what {@code toString()} gives too, for logs and exception texts. */
  @Override
  public String toString() {
    return english();
  }

  /**
   * The sentence in {@code locale}'s language: Danish for {@code da}, English otherwise.
   *
   * @param locale the reader's locale
   * @return the sentence
   */
  public String text(Locale locale) {
    String language = language(locale);
    Locale format = language.equals("da") ? Locale.forLanguageTag("da-DK") : Locale.ENGLISH;
    Object[] rendered = new Object[facts.size()];
    for (int i = 0; i < facts.size(); i++) {
      rendered[i] = render(facts.get(i), locale, format);
    }
    return new MessageFormat(pattern(key, language), format).format(rendered);
  }

  private static Object render(Object fact, Locale locale, Locale format) {
    if (fact instanceof Reason nested) {
      return nested.text(locale);
    }
    if (fact instanceof Term term) {
      return new MessageFormat(pattern(term.key(), language(locale)), format).format(new Object[0]);
    }
    if (fact instanceof LocalDate date) {
      return date.toString();
    }
    if (fact instanceof Period period) {
      return period(period, locale, format);
    }
    return fact;
  }

  /** "1 year and 2 months", "1 år og 2 måneder"; "0 days" for an empty period. */
  private static String period(Period period, Locale locale, Locale format) {
    String language = language(locale);
    List<String> parts = new ArrayList<>();
    if (period.getYears() != 0) {
      parts.add(unit("period.years", period.getYears(), language, format));
    }
    if (period.getMonths() != 0) {
      parts.add(unit("period.months", period.getMonths(), language, format));
    }
    if (period.getDays() != 0 || parts.isEmpty()) {
      parts.add(unit("period.days", period.getDays(), language, format));
    }
    return String.join(pattern("period.and", language), parts);
  }

  private static String unit(String key, int amount, String language, Locale format) {
    return new MessageFormat(pattern(key, language), format).format(new Object[] {amount});
  }

  private static String language(Locale locale) {
    return Objects.requireNonNull(locale, "locale").getLanguage().equals("da") ? "da" : "en";
  }

  private static String pattern(String key, String language) {
    String text = TEXTS.get(language).getProperty(key);
    return text != null ? text : TEXTS.get("en").getProperty(key);
  }

  private static Properties load(String name) {
    Properties texts = new Properties();
    try (InputStream in = Reason.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the core's reason texts " + name + " are missing");
      }
      texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("the core's reason texts " + name + " cannot be read", e);
    }
    return texts;
  }
}
