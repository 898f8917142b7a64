package dk.bif.credentials.signing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dk.bif.credentials.IssuerProfile;
import dk.bif.credentials.store.CredentialStore;
import dk.bif.credentials.store.IssuerKey;
import java.text.ParseException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The issuer's signing keys: RSA 2048, RS256 (the algorithm Open Badges 3.0 requires every verifier
 * to support), kept in the {@link CredentialStore} so that credentials stay verifiable across
 * restarts and nodes. The newest key signs; every key stays in the published JWK Set.
 *
 * <p>A credential's JOSE header is {@code {"alg":"RS256","kid":"<jwks url>#<key id>","typ":"JWT"}}
 * and nothing else (OB 3.0 §8.2.3 allows no other headers). Thread-safe.
 */
public final class IssuerKeys {

  /** The signing algorithm. */
  public static final String ALGORITHM = "RS256";

  /** The RSA key size in bits. */
  public static final int KEY_SIZE = 2048;

  private final IssuerProfile issuer;
  private final CredentialStore store;
  private final Clock clock;

  /**
   * @param issuer where the keys are published
   * @param store where they are kept
   * @param clock when a new key is made
   */
  public IssuerKeys(IssuerProfile issuer, CredentialStore store, Clock clock) {
    this.issuer = Objects.requireNonNull(issuer, "issuer");
    this.store = Objects.requireNonNull(store, "store");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Makes a new signing key and keeps it; from now on it signs, the older keys still verify.
   *
   * @return the new key's id
   */
  public String rotate() {
    String keyId =
        "kp-"
            + DateTimeFormatter.BASIC_ISO_DATE.format(
                clock.instant().atOffset(java.time.ZoneOffset.UTC).toLocalDate())
            + "-"
            + java.util.UUID.randomUUID().toString().substring(0, 8);
    try {
      RSAKey key =
          new RSAKeyGenerator(KEY_SIZE)
              .keyID(keyId)
              .keyUse(KeyUse.SIGNATURE)
              .algorithm(JWSAlgorithm.RS256)
              .generate();
      store.addIssuerKey(new IssuerKey(keyId, key.toJSONString(), clock.instant()));
      return keyId;
    } catch (JOSEException e) {
      throw new IllegalStateException("an RSA key could not be generated", e);
    }
  }

  /** The key that signs: the newest, made on first use. */
  private RSAKey current() {
    List<IssuerKey> keys = store.issuerKeys();
    if (keys.isEmpty()) {
      rotate();
      keys = store.issuerKeys();
    }
    return parse(keys.get(keys.size() - 1));
  }

  /**
   * The public keys as a JWK Set: what {@link IssuerProfile#jwksUrl()} serves. Never a private
   * part.
   *
   * @return the JWK Set as JSON
   */
  public String publicJwks() {
    return publicKeys().toString(true);
  }

  /** The public keys, for a verifier in this process. */
  public JWKSet publicKeys() {
    List<JWK> keys = new ArrayList<>();
    for (IssuerKey k : store.issuerKeys()) {
      keys.add(parse(k).toPublicJWK());
    }
    return new JWKSet(keys);
  }

  /**
   * Signs a credential as a VC-JWT: the credential's members are the payload, with the JWT claims
   * {@code iss}, {@code jti}, {@code sub}, {@code nbf} and (when it expires) {@code exp} taken from
   * it.
   *
   * @param credential the credential as JSON text
   * @param iss its {@code issuer.id}
   * @param jti its {@code id}
   * @param sub its {@code credentialSubject.id}
   * @param validFrom its {@code validFrom}
   * @param validUntil its {@code validUntil}, or null
   * @return the compact JWS
   */
  public String sign(
      String credential,
      String iss,
      String jti,
      String sub,
      java.time.Instant validFrom,
      java.time.Instant validUntil) {
    RSAKey key = current();
    try {
      Map<String, Object> members = com.nimbusds.jose.util.JSONObjectUtils.parse(credential);
      JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder();
      members.forEach(claims::claim);
      claims.issuer(iss).jwtID(jti).subject(sub).notBeforeTime(java.util.Date.from(validFrom));
      if (validUntil != null) {
        claims.expirationTime(java.util.Date.from(validUntil));
      }
      SignedJWT jwt =
          new SignedJWT(
              new JWSHeader.Builder(JWSAlgorithm.RS256)
                  .keyID(issuer.kid(key.getKeyID()))
                  .type(JOSEObjectType.JWT)
                  .build(),
              claims.build());
      jwt.sign(new RSASSASigner(key));
      return jwt.serialize();
    } catch (ParseException | JOSEException e) {
      throw new IllegalStateException("the credential could not be signed", e);
    }
  }

  private static RSAKey parse(IssuerKey key) {
    try {
      return RSAKey.parse(key.privateJwk());
    } catch (ParseException e) {
      throw new IllegalStateException(
          "issuer key " + key.keyId() + " is not a readable RSA JWK", e);
    }
  }
}
