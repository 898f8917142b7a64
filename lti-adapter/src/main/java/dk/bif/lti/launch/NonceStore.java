package dk.bif.lti.launch;

import dk.bif.lti.registration.Issuer;
import java.time.Instant;

/**
 * Port: the nonces already used in launches, so that no id_token is accepted twice. Keyed by issuer
 * as well as nonce: some platforms reuse nonces across deployments. Implementations must be
 * thread-safe and the check-and-record must be atomic.
 */
public interface NonceStore {

  /**
   * Records a nonce as used, unless it already was.
   *
   * @param issuer the platform that issued the token
   * @param nonce the token's nonce
   * @param keepUntil how long the record must be kept (after that, the token it came with is too
   *     old to be accepted anyway)
   * @return true when this is the first use; false when the nonce was seen before
   */
  boolean firstUse(Issuer issuer, String nonce, Instant keepUntil);
}
