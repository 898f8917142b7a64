package dk.bif.lti.http;

import java.time.Duration;
import java.util.Objects;

/**
 * Limits for outbound HTTP.
 *
 * @param connectTimeout how long to wait for a connection
 * @param requestTimeout how long to wait for the whole answer
 * @param maxResponseBytes the largest body accepted
 * @param userAgent the {@code User-Agent} sent with every request
 */
public record HttpSettings(
    Duration connectTimeout, Duration requestTimeout, int maxResponseBytes, String userAgent) {

  /** Connection timeout: a platform that does not accept in 5 s is down. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);

  /** Whole-request timeout: a launch waits on a key-set fetch, so keep it short. */
  public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(10);

  /** Largest accepted body, 1 MiB: a key set is a few KiB; a hostile endless answer is cut. */
  public static final int DEFAULT_MAX_RESPONSE_BYTES = 1024 * 1024;

  /** Sent on every request; Canvas refuses API calls without a User-Agent. */
  public static final String DEFAULT_USER_AGENT = "bif-lti/0.1 (+https://github.com/dk-bif)";

  public HttpSettings {
    requirePositive(connectTimeout, "connectTimeout");
    requirePositive(requestTimeout, "requestTimeout");
    if (maxResponseBytes <= 0) throw new IllegalArgumentException("maxResponseBytes must be > 0");
    Objects.requireNonNull(userAgent, "userAgent");
    if (userAgent.isBlank()) throw new IllegalArgumentException("userAgent must not be blank");
  }

  private static void requirePositive(Duration d, String name) {
    Objects.requireNonNull(d, name);
    if (d.isNegative() || d.isZero()) throw new IllegalArgumentException(name + " must be > 0");
  }

  /** The defaults above. */
  public static HttpSettings defaults() {
    return new HttpSettings(
        DEFAULT_CONNECT_TIMEOUT,
        DEFAULT_REQUEST_TIMEOUT,
        DEFAULT_MAX_RESPONSE_BYTES,
        DEFAULT_USER_AGENT);
  }
}
