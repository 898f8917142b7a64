package dk.bif.lti.keys;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a platform's key set is trusted and how often it may be fetched again.
 *
 * @param floor the shortest cache time, whatever Cache-Control says ({@code no-store} included):
 *     keeps a platform from making the tool fetch on every launch
 * @param ceiling the longest cache time, whatever Cache-Control says: bounds how long a revoked key
 *     stays trusted
 * @param withoutCacheControl the cache time when the answer carries no max-age
 * @param refetchInterval the least time between two fetches of the same key set when a {@code kid}
 *     is unknown or a fetch failed: bounds what a stream of forged kids can cost
 */
public record KeySetCachePolicy(
    Duration floor, Duration ceiling, Duration withoutCacheControl, Duration refetchInterval) {

  /** Default floor: 1 minute. */
  public static final Duration DEFAULT_FLOOR = Duration.ofMinutes(1);

  /** Default ceiling: 24 hours. */
  public static final Duration DEFAULT_CEILING = Duration.ofHours(24);

  /** Default cache time without Cache-Control: 1 hour. */
  public static final Duration DEFAULT_WITHOUT_CACHE_CONTROL = Duration.ofHours(1);

  /** Default least time between refetches of one key set: 30 seconds. */
  public static final Duration DEFAULT_REFETCH_INTERVAL = Duration.ofSeconds(30);

  public KeySetCachePolicy {
    Objects.requireNonNull(floor, "floor");
    Objects.requireNonNull(ceiling, "ceiling");
    Objects.requireNonNull(withoutCacheControl, "withoutCacheControl");
    Objects.requireNonNull(refetchInterval, "refetchInterval");
    if (floor.isNegative() || ceiling.compareTo(floor) < 0) {
      throw new IllegalArgumentException("need 0 <= floor <= ceiling");
    }
    if (refetchInterval.isNegative()) throw new IllegalArgumentException("refetchInterval < 0");
  }

  /** The defaults above. */
  public static KeySetCachePolicy defaults() {
    return new KeySetCachePolicy(
        DEFAULT_FLOOR, DEFAULT_CEILING, DEFAULT_WITHOUT_CACHE_CONTROL, DEFAULT_REFETCH_INTERVAL);
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
