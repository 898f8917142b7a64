package dk.bif.lti.keys;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import java.util.Objects;
import java.util.Optional;

/**
 * One public key from a platform's key set, parsed once, with its RS256 verifier built once so that
 * a launch does no key parsing. Immutable and thread-safe (Nimbus's {@code RSASSAVerifier} is).
 */
public final class PlatformKey {
  private final JWK jwk;
  private final RSASSAVerifier verifier;

  PlatformKey(JWK jwk) {
    this.jwk = Objects.requireNonNull(jwk, "jwk");
    this.verifier = fitsRs256(jwk) ? verifierFor((RSAKey) jwk) : null;
  }

  private static boolean fitsRs256(JWK jwk) {
    return jwk instanceof RSAKey
        && (jwk.getAlgorithm() == null || JWSAlgorithm.RS256.equals(jwk.getAlgorithm()))
        && (jwk.getKeyUse() == null || KeyUse.SIGNATURE.equals(jwk.getKeyUse()));
  }

  private static RSASSAVerifier verifierFor(RSAKey key) {
    try {
      return new RSASSAVerifier(key);
    } catch (JOSEException e) {
      return null;
    }
  }

  /** The key as published. */
  public JWK jwk() {
    return jwk;
  }

  /** The key's id. */
  public String kid() {
    return jwk.getKeyID();
  }

  /**
   * The RS256 verifier for this key.
   *
   * @return the verifier, or empty when the key is not an RSA signing key meant for RS256 (an EC
   *     key, {@code use=enc}, or {@code alg} naming another algorithm)
   */
  public Optional<RSASSAVerifier> rs256Verifier() {
    return Optional.ofNullable(verifier);
  }
}
