package dk.bif.lti.oidc;

import java.util.List;
import java.util.Objects;

/**
 * What the tool's storage page needs to keep a login's state and nonce with the platform (at the
 * login) or to read them back (at the launch). Nothing here is secret beyond what the
 * authentication request already carries.
 *
 * @param state the login's state
 * @param nonce the login's nonce
 * @param target the frame that keeps the values ({@code _parent} or a frame name)
 * @param platformOrigin where {@code lti.put_data} and {@code lti.get_data} are addressed
 * @param replyOrigins the origins a reply may come from
 */
public record StorageRequest(
    String state, String nonce, String target, String platformOrigin, List<String> replyOrigins) {
  public StorageRequest {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(nonce, "nonce");
    PlatformStorage.requireFrameName(target);
    Objects.requireNonNull(platformOrigin, "platformOrigin");
    replyOrigins = List.copyOf(replyOrigins);
  }

  /** The key under which the state is kept. */
  public String stateKey() {
    return PlatformStorage.STATE_KEY_PREFIX + state;
  }

  /** The key under which the nonce is kept. */
  public String nonceKey() {
    return PlatformStorage.NONCE_KEY_PREFIX + nonce;
  }
}
