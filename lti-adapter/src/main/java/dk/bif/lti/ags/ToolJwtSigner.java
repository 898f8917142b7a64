package dk.bif.lti.ags;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dk.bif.lti.keys.ToolKeys;
import java.text.ParseException;
import java.util.Map;
import java.util.Objects;

/**
 * Signs the JWTs the tool sends (client assertions, deep-linking responses) with its current key:
 * RS256, {@code typ} JWT and the key's {@code kid}, so the platform picks the right key from the
 * tool's key set during a rotation.
 */
public final class ToolJwtSigner {

  private final ToolKeys keys;

  /**
   * @param keys the tool's keys
   */
  public ToolJwtSigner(ToolKeys keys) {
    this.keys = Objects.requireNonNull(keys, "keys");
  }

  /**
   * @param claims the claims as JSON values (times in epoch seconds)
   * @return the compact serialisation
   * @throws IllegalArgumentException when the claims are not a valid claims set
   */
  public String sign(Map<String, Object> claims) {
    RSAKey key = keys.signingKey();
    try {
      SignedJWT jwt =
          new SignedJWT(
              new JWSHeader.Builder(JWSAlgorithm.RS256)
                  .keyID(key.getKeyID())
                  .type(JOSEObjectType.JWT)
                  .build(),
              JWTClaimsSet.parse(claims));
      jwt.sign(new RSASSASigner(key));
      return jwt.serialize();
    } catch (ParseException e) {
      throw new IllegalArgumentException("not a claims set: " + e.getMessage(), e);
    } catch (JOSEException e) {
      throw new IllegalStateException("the tool key cannot sign: " + e.getMessage(), e);
    }
  }
}
