package dk.bif.server.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import java.io.IOException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as people write them in a config file: {@code 30s}, {@code 10m}, {@code 12h}, {@code
 * 90d}, or ISO 8601 ({@code PT30S}, {@code P90D}).
 */
public final class DurationText {

  /** What a duration may look like, for error messages. */
  public static final String EXPECTED = "a duration such as 30s, 10m, 12h, 90d or PT30S";

  private static final Pattern SHORT = Pattern.compile("(\\d{1,9})\\s*(s|m|h|d)");

  private DurationText() {}

  /**
   * Reads a duration.
   *
   * @param text the text
   * @return the duration, or empty when the text is none
   */
  public static Optional<Duration> parse(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    Matcher m = SHORT.matcher(t);
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      return Optional.of(
          switch (m.group(2)) {
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
          });
    }
    try {
      return Optional.of(Duration.parse(text.strip()));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /**
   * Writes a duration the short way when it can: {@code 90d}, {@code 30s}.
   *
   * @param d the duration
   * @return the text
   */
  public static String format(Duration d) {
    long s = d.getSeconds();
    if (d.getNano() != 0) return d.toString();
    if (s % 86_400 == 0) return s / 86_400 + "d";
    if (s % 3_600 == 0) return s / 3_600 + "h";
    if (s % 60 == 0) return s / 60 + "m";
    return s + "s";
  }

  /** Jackson's reader of a duration; a bad text is a problem for the configuration's handler. */
  static final class Deserializer extends JsonDeserializer<Duration> {
    @Override
    public Duration deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_NUMBER_INT) {
        return Duration.ofSeconds(p.getLongValue());
      }
      String text = p.getValueAsString();
      if (text == null) {
        return (Duration) ctxt.handleUnexpectedToken(Duration.class, p);
      }
      Optional<Duration> d = parse(text);
      if (d.isPresent()) return d.get();
      return (Duration) ctxt.handleWeirdStringValue(Duration.class, text, "expected " + EXPECTED);
    }
  }
}
