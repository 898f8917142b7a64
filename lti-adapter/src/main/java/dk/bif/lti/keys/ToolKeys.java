package dk.bif.lti.keys;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;

/**
 * Port: the tool's own RSA keys. The tool signs client assertions and deep-linking responses with
 * {@link #signingKey()} and publishes {@link #publicKeys()} at {@code /lti/jwks}. Implementations
 * must be thread-safe and must publish a key before it signs and keep publishing it until what it
 * signed has expired (LTI Security Framework §6.4).
 */
public interface ToolKeys {

  /** The key to sign with now: RSA, 2048 bits or more, with a {@code kid}. */
  RSAKey signingKey();

  /** The public halves of every key a platform may need now: next, current and retiring. */
  JWKSet publicKeys();
}
