package dk.bif.lti.ags;

import dk.bif.lti.http.FetchedResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads {@code Retry-After} (RFC 9110 §10.2.3): delay seconds or an HTTP date. */
public final class RetryAfter {
  private RetryAfter() {}

  /** Longest wait honoured: a platform asking for more is retried after an hour anyway. */
  public static final Duration LONGEST = Duration.ofHours(1);

  /**
   * @param answer a platform's answer
   * @param clock the time, for an HTTP-date
   * @return the wait its {@code Retry-After} asks for, capped at {@link #LONGEST}; empty when none
   */
  public static Optional<Duration> of(FetchedResponse answer, Clock clock) {
    return answer.header("Retry-After").flatMap(v -> parse(v.strip(), clock));
  }

  static Optional<Duration> parse(String value, Clock clock) {
    Duration d;
    try {
      d = Duration.ofSeconds(Long.parseLong(value));
    } catch (NumberFormatException notSeconds) {
      try {
        d =
            Duration.between(
                clock.instant(),
                ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
      } catch (DateTimeParseException notADate) {
        return Optional.empty();
      }
    }
    if (d.isNegative()) d = Duration.ZERO;
    return Optional.of(d.compareTo(LONGEST) > 0 ? LONGEST : d);
  }
}
