package dk.bif.lti.launch;

import java.time.Duration;
import java.util.Objects;

/**
 * The tunable parts of launch validation.
 *
 * @param clockLeeway how far the platform's clock may differ from ours when checking exp and iat
 * @param maxTokenAge how long after iat a token is still accepted, whatever its exp says; also how
 *     long nonces are remembered
 * @param allowAnonymousLaunches whether a resource link launch without {@code sub} is accepted
 * @param allowHttpOnLoopback whether the {@code deep_link_return_url}, where the browser posts the
 *     tool's signed response, may be plain {@code http} when its host is a loopback address ({@code
 *     localhost}, {@code 127.0.0.0/8}, {@code [::1]}): for a platform and tool on one machine
 *     (development, the demo); off by default, when only {@code https} is accepted
 */
public record LaunchPolicy(
    Duration clockLeeway,
    Duration maxTokenAge,
    boolean allowAnonymousLaunches,
    boolean allowHttpOnLoopback) {

  /** Default clock leeway: 5 seconds. */
  public static final Duration DEFAULT_CLOCK_LEEWAY = Duration.ofSeconds(5);

  /** Default maximum token age: 5 minutes (Moodle's tokens live 60 s). */
  public static final Duration DEFAULT_MAX_TOKEN_AGE = Duration.ofMinutes(5);

  /** Largest id_token accepted, in characters: 64 KiB. */
  public static final int MAX_TOKEN_CHARS = 64 * 1024;

  /** Longest identifier (sub, deployment_id, context id, resource link id): LTI Core §5.3. */
  public static final int MAX_IDENTIFIER_LENGTH = 255;

  /** Most role URIs accepted in one launch. */
  public static final int MAX_ROLES = 100;

  /** Most custom parameters accepted in one launch. */
  public static final int MAX_CUSTOM_PARAMETERS = 100;

  /** Longest custom parameter value, and longest other free-text claim, in characters. */
  public static final int MAX_CLAIM_STRING_LENGTH = 4096;

  /**
   * Longest URL claim (service endpoints, return URLs), in characters: 2000, what browsers and
   * servers agree on, and what the tool's stores keep.
   */
  public static final int MAX_URL_LENGTH = 2000;

  public LaunchPolicy {
    Objects.requireNonNull(clockLeeway, "clockLeeway");
    Objects.requireNonNull(maxTokenAge, "maxTokenAge");
    if (clockLeeway.isNegative()) throw new IllegalArgumentException("clockLeeway < 0");
    if (maxTokenAge.isNegative() || maxTokenAge.isZero())
      throw new IllegalArgumentException("maxTokenAge must be > 0");
  }

  /**
   * A policy with only {@code https} URLs for the browser.
   *
   * @param clockLeeway see {@link #clockLeeway()}
   * @param maxTokenAge see {@link #maxTokenAge()}
   * @param allowAnonymousLaunches see {@link #allowAnonymousLaunches()}
   */
  public LaunchPolicy(Duration clockLeeway, Duration maxTokenAge, boolean allowAnonymousLaunches) {
    this(clockLeeway, maxTokenAge, allowAnonymousLaunches, false);
  }

  /** Leeway 5 s, maximum age 5 min, anonymous launches refused, https only. */
  public static LaunchPolicy defaults() {
    return new LaunchPolicy(DEFAULT_CLOCK_LEEWAY, DEFAULT_MAX_TOKEN_AGE, false, false);
  }

  /**
   * This policy with plain {@code http} allowed, or not, for loopback hosts.
   *
   * @param allow whether to allow it
   * @return the policy
   */
  public LaunchPolicy withHttpOnLoopback(boolean allow) {
    return new LaunchPolicy(clockLeeway, maxTokenAge, allowAnonymousLaunches, allow);
  }

  /**
   * Whether the browser may post the tool's signed response to a URL a platform named: {@code
   * https} with a host, or {@code http} on a loopback host when {@link #allowHttpOnLoopback()}.
   * Never {@code javascript:}, {@code data:} or any other scheme. No name is resolved: {@code
   * localhost} and literal loopback addresses only.
   *
   * @param url an absolute URL from a claim
   * @return true when the tool may send the browser there with a signed response
   */
  public boolean acceptsBrowserUrl(java.net.URI url) {
    if (!isWebUrl(url)) return false;
    if (url.getScheme().equalsIgnoreCase("https")) return true;
    return allowHttpOnLoopback && isLoopback(url.getHost());
  }

  /**
   * Whether a URL is a web address: {@code http} or {@code https} with a host. A {@code
   * javascript:} or {@code data:} URL is not.
   *
   * @param url an absolute URL from a claim
   * @return true for an http(s) URL with a host
   */
  public static boolean isWebUrl(java.net.URI url) {
    String scheme =
        url.getScheme() == null ? "" : url.getScheme().toLowerCase(java.util.Locale.ROOT);
    String host = url.getHost();
    return !url.isOpaque()
        && host != null
        && !host.isEmpty()
        && (scheme.equals("https") || scheme.equals("http"));
  }

  private static boolean isLoopback(String host) {
    String h = host.toLowerCase(java.util.Locale.ROOT);
    return h.equals("localhost")
        || h.equals("[::1]")
        || h.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
  }
}
