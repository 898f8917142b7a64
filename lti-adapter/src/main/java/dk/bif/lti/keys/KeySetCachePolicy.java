package dk.bif.lti.keys;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a platform's key set is trusted, how long it is kept when the platform is down, and how
 * often it may be fetched again.
 *
 * @param floor the shortest cache time, whatever Cache-Control says ({@code no-store} included):
 *     keeps a platform from making the tool fetch on every launch
 * @param ceiling the longest cache time, whatever Cache-Control says: a key the platform stops
 *     publishing is refused at most this long after it was dropped (while the platform answers)
 * @param withoutCacheControl the cache time when the answer carries no max-age (clamped to floor
 *     and ceiling)
 * @param outageTolerance how long after its fetch the last good set still serves the keys it holds
 *     while every refetch fails: a platform whose key-set URL is down does not stop launches signed
 *     with a key the tool already has
 * @param retryAfterFailure the least time between two fetches of a key set after a fetch failed: a
 *     platform that is down is not hammered by every launch
 * @param maxUnknownKidRefetches how many times a {@code kid} missing from a fresh set may make the
 *     tool fetch one platform's key set again within {@code unknownKidWindow}: a platform that has
 *     just started publishing a key is found at once, and a stream of forged kids costs the
 *     platform at most this many fetches per window
 * @param unknownKidWindow the window of {@code maxUnknownKidRefetches}
 */
public record KeySetCachePolicy(
    Duration floor,
    Duration ceiling,
    Duration withoutCacheControl,
    Duration outageTolerance,
    Duration retryAfterFailure,
    int maxUnknownKidRefetches,
    Duration unknownKidWindow) {

  /** Default floor: 1 minute. */
  public static final Duration DEFAULT_FLOOR = Duration.ofMinutes(1);

  /** Default ceiling: 5 minutes, so a removed key is refused within 5 minutes. */
  public static final Duration DEFAULT_CEILING = Duration.ofMinutes(5);

  /** Default cache time without Cache-Control: 5 minutes. */
  public static final Duration DEFAULT_WITHOUT_CACHE_CONTROL = Duration.ofMinutes(5);

  /** Default time the last good set serves its keys while the platform is down: 24 hours. */
  public static final Duration DEFAULT_OUTAGE_TOLERANCE = Duration.ofHours(24);

  /** Default least time between fetches after a failed one: 30 seconds. */
  public static final Duration DEFAULT_RETRY_AFTER_FAILURE = Duration.ofSeconds(30);

  /** Default cap on refetches for unknown kids: 10 per platform key set per window. */
  public static final int DEFAULT_MAX_UNKNOWN_KID_REFETCHES = 10;

  /** Default window of that cap: 1 minute. */
  public static final Duration DEFAULT_UNKNOWN_KID_WINDOW = Duration.ofMinutes(1);

  public KeySetCachePolicy {
    Objects.requireNonNull(floor, "floor");
    Objects.requireNonNull(ceiling, "ceiling");
    Objects.requireNonNull(withoutCacheControl, "withoutCacheControl");
    Objects.requireNonNull(outageTolerance, "outageTolerance");
    Objects.requireNonNull(retryAfterFailure, "retryAfterFailure");
    Objects.requireNonNull(unknownKidWindow, "unknownKidWindow");
    if (floor.isNegative() || ceiling.compareTo(floor) < 0) {
      throw new IllegalArgumentException("need 0 <= floor <= ceiling");
    }
    if (outageTolerance.compareTo(ceiling) < 0) {
      throw new IllegalArgumentException("outageTolerance must be at least the ceiling");
    }
    if (retryAfterFailure.isNegative()) throw new IllegalArgumentException("retryAfterFailure < 0");
    if (maxUnknownKidRefetches < 0)
      throw new IllegalArgumentException("maxUnknownKidRefetches < 0");
    if (unknownKidWindow.isNegative() || unknownKidWindow.isZero()) {
      throw new IllegalArgumentException("unknownKidWindow must be > 0");
    }
  }

  /** The defaults above. */
  public static KeySetCachePolicy defaults() {
    return new KeySetCachePolicy(
        DEFAULT_FLOOR,
        DEFAULT_CEILING,
        DEFAULT_WITHOUT_CACHE_CONTROL,
        DEFAULT_OUTAGE_TOLERANCE,
        DEFAULT_RETRY_AFTER_FAILURE,
        DEFAULT_MAX_UNKNOWN_KID_REFETCHES,
        DEFAULT_UNKNOWN_KID_WINDOW);
  }

  /**
   * How long to keep a key set fetched with this Cache-Control header.
   *
   * @param cacheControl the header value, or null
   * @return max-age clamped to [floor, ceiling]; {@code no-store}/{@code no-cache} give the floor;
   *     no max-age gives {@link #withoutCacheControl()}, clamped as well
   */
  public Duration cacheTime(String cacheControl) {
    Duration wanted = withoutCacheControl;
    if (cacheControl != null) {
      for (String directive : cacheControl.split(",")) {
        String d = directive.trim().toLowerCase(java.util.Locale.ROOT);
        if (d.equals("no-store") || d.equals("no-cache")) {
          return floor;
        }
        if (d.startsWith("max-age=")) {
          try {
            wanted = Duration.ofSeconds(Long.parseLong(d.substring("max-age=".length()).trim()));
          } catch (NumberFormatException | ArithmeticException ignored) {
            // A malformed max-age counts as absent.
          }
        }
      }
    }
    if (wanted.compareTo(floor) < 0) return floor;
    return wanted.compareTo(ceiling) > 0 ? ceiling : wanted;
  }
}
