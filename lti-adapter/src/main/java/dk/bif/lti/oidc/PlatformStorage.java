package dk.bif.lti.oidc;

import dk.bif.lti.registration.PlatformRegistration;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules of the LTI client-side postMessage storage ("platform storage", 1EdTech Security
 * Framework, LTI Client Side postMessages): a platform that names an {@code lti_storage_target} in
 * the login initiation keeps values for the tool in that frame ({@code _parent}, or Canvas's {@code
 * post_message_forwarding}), answering {@code lti.capabilities}, {@code lti.put_data} and {@code
 * lti.get_data}. The tool keeps its state and nonce there as well as in the binding cookie, so that
 * a browser refusing the tool's cookies inside the LMS frame can still complete the launch.
 *
 * <p>The browser side is the static script {@code storage.js} of {@code dk.bif.lti.servlet}; its
 * time limits are the constants here. Every reply's origin must be one of {@link
 * #replyOrigins(PlatformRegistration)}; {@code put_data} and {@code get_data} are addressed to the
 * origin of the platform's authorization endpoint ({@link #platformOrigin}). Stateless.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-cs-oidc/v0p1">LTI OIDC Login with LTI Client
 *     Side postMessages</a>
 */
public final class PlatformStorage {
  /** How long the page waits for the platform's answer to {@code lti.capabilities}: 1 s. */
  public static final Duration CAPABILITIES_TIMEOUT = Duration.ofSeconds(1);

  /** How long the page waits for an answer to {@code lti.put_data} or {@code lti.get_data}: 2 s. */
  public static final Duration DATA_TIMEOUT = Duration.ofSeconds(2);

  /** The key prefix under which the state is kept: {@code state_<state>}. */
  public static final String STATE_KEY_PREFIX = "state_";

  /** The key prefix under which the nonce is kept: {@code nonce_<nonce>}. */
  public static final String NONCE_KEY_PREFIX = "nonce_";

  /** The frame name that means the window that frames the tool. */
  public static final String PARENT = "_parent";

  private static final Pattern FRAME_NAME = Pattern.compile("_parent|[A-Za-z0-9_-]{1,64}");

  private PlatformStorage() {}

  /**
   * Whether a value can be a storage frame name: {@code _parent} or up to 64 letters, digits,
   * {@code _} and {@code -} (anything else could not come from a real platform).
   *
   * @param name the login's {@code lti_storage_target}
   * @return true when usable
   */
  public static boolean isFrameName(String name) {
    return name != null && FRAME_NAME.matcher(name).matches();
  }

  static String requireFrameName(String name) {
    if (!isFrameName(name)) throw new IllegalArgumentException("not a storage frame name");
    return name;
  }

  /**
   * The key that marks a state as consumed by the storage check; states are base64url, so the dot
   * keeps the mark apart from any state.
   *
   * @param state the state
   * @return the mark's key
   */
  public static String usedStateKey(String state) {
    return "used." + state;
  }

  /**
   * The origin {@code lti.put_data} and {@code lti.get_data} are sent to: that of the platform's
   * authorization endpoint, as the specification requires.
   *
   * @param registration the platform
   * @return e.g. {@code https://sso.canvaslms.com}
   */
  public static String platformOrigin(PlatformRegistration registration) {
    return origin(registration.authorizationEndpoint())
        .orElseThrow(() -> new IllegalArgumentException("authorization endpoint is not http(s)"));
  }

  /**
   * The origins a storage reply may come from: the authorization endpoint's and the issuer's.
   *
   * @param registration the platform
   * @return one or two origins, the platform origin first
   */
  public static List<String> replyOrigins(PlatformRegistration registration) {
    Set<String> origins = new LinkedHashSet<>();
    origins.add(platformOrigin(registration));
    try {
      origin(URI.create(registration.issuer().value())).ifPresent(origins::add);
    } catch (IllegalArgumentException notAUrl) {
      // an issuer need not be a URL
    }
    return List.copyOf(origins);
  }

  /**
   * The origin of an http(s) URI, lower case, without a default port.
   *
   * @param uri any URI
   * @return {@code scheme://host[:port]}, or empty for another kind of URI
   */
  static Optional<String> origin(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null)
      return Optional.empty();
    int port = uri.getPort();
    boolean standard = port == -1 || port == (scheme.equals("https") ? 443 : 80);
    return Optional.of(
        scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (standard ? "" : ":" + port));
  }
}
