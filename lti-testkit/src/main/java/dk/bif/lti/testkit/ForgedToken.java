package dk.bif.lti.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A JWT under construction that a test may bend in any way: change or remove any claim or header,
 * sign with a foreign key, with {@code alg: none}, with HS256 keyed by the platform's public key,
 * with a key that does not fit the {@code alg}, or break the signature after signing. It starts as
 * a valid token and stays valid until a test changes it.
 *
 * <p>Not thread-safe: build it in one thread.
 */
public final class ForgedToken {
  private static final ObjectMapper JSON = new ObjectMapper();

  private enum Signing {
    KEY,
    NONE,
    HS256_PUBLIC_KEY,
    ES256_FRESH_KEY
  }

  private final Map<String, Object> header = new LinkedHashMap<>();
  private final Map<String, Object> claims;
  private RSAKey key;
  private final RSAKey platformKey;
  private Signing signing = Signing.KEY;
  private boolean breakSignature;

  ForgedToken(RSAKey platformKey, Map<String, Object> claims) {
    this.platformKey = platformKey;
    this.key = platformKey;
    this.claims = new LinkedHashMap<>(claims);
    header.put("typ", "JWT");
    header.put("alg", "RS256");
    header.put("kid", platformKey.getKeyID());
  }

  /**
   * Sets a claim; {@code value} may be a String, Number, Boolean, List or Map.
   *
   * @param name claim name, e.g. {@link LtiClaims#DEPLOYMENT_ID}
   * @param value the new value
   * @return this
   */
  public ForgedToken claim(String name, Object value) {
    claims.put(name, value);
    return this;
  }

  /**
   * Sets a member of an object claim, e.g. {@code claimMember(LtiClaims.RESOURCE_LINK, "id", "x")}.
   *
   * @param claim the object claim (created when absent)
   * @param member the member name
   * @param value the new value
   * @return this
   */
  @SuppressWarnings("unchecked")
  public ForgedToken claimMember(String claim, String member, Object value) {
    Object current = claims.get(claim);
    Map<String, Object> copy =
        current instanceof Map<?, ?> m
            ? new LinkedHashMap<>((Map<String, Object>) m)
            : new LinkedHashMap<>();
    copy.put(member, value);
    claims.put(claim, copy);
    return this;
  }

  /** Removes a member of an object claim. */
  @SuppressWarnings("unchecked")
  public ForgedToken removeClaimMember(String claim, String member) {
    if (claims.get(claim) instanceof Map<?, ?> m) {
      Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) m);
      copy.remove(member);
      claims.put(claim, copy);
    }
    return this;
  }

  /** Removes a claim. */
  public ForgedToken remove(String name) {
    claims.remove(name);
    return this;
  }

  /** Sets a JOSE header parameter. */
  public ForgedToken header(String name, Object value) {
    header.put(name, value);
    return this;
  }

  /** Removes a JOSE header parameter. */
  public ForgedToken removeHeader(String name) {
    header.remove(name);
    return this;
  }

  /** Sets the {@code kid} header. */
  public ForgedToken kid(String kid) {
    return header("kid", kid);
  }

  /** Removes the {@code kid} header. */
  public ForgedToken withoutKid() {
    return removeHeader("kid");
  }

  /** Sets {@code nonce}. */
  public ForgedToken nonce(String nonce) {
    return claim("nonce", nonce);
  }

  /** Sets {@code iat}. */
  public ForgedToken issuedAt(Instant at) {
    return claim("iat", at.getEpochSecond());
  }

  /** Sets {@code exp}. */
  public ForgedToken expiresAt(Instant at) {
    return claim("exp", at.getEpochSecond());
  }

  /**
   * Moves {@code iat} and {@code exp} back so that the token expired {@code seconds} before it was
   * issued (that is, before now), keeping its lifetime.
   */
  public ForgedToken expiredSecondsAgo(long seconds) {
    long issued = ((Number) claims.get("iat")).longValue();
    long lifetime = ((Number) claims.get("exp")).longValue() - issued;
    long expiry = issued - seconds;
    claims.put("exp", expiry);
    claims.put("iat", expiry - lifetime);
    return this;
  }

  /**
   * Signs with {@code foreign} (its kid unless the test set another) instead of the platform key.
   */
  public ForgedToken signedWith(RSAKey foreign) {
    this.key = Objects.requireNonNull(foreign);
    this.signing = Signing.KEY;
    return this;
  }

  /** Signs with a freshly generated RSA key under the platform's kid: a forged signature. */
  public ForgedToken signedWithForeignKey() {
    return signedWith(PlatformKeys.generate(String.valueOf(header.get("kid"))));
  }

  /** An unsecured JWT: {@code alg: none} and an empty signature. */
  public ForgedToken unsigned() {
    header.put("alg", "none");
    signing = Signing.NONE;
    return this;
  }

  /**
   * The key confusion attack: {@code alg: HS256}, HMAC keyed with the PEM text of the platform's
   * public key.
   */
  public ForgedToken hs256WithPublicKey() {
    header.put("alg", "HS256");
    signing = Signing.HS256_PUBLIC_KEY;
    return this;
  }

  /**
   * An alg that does not fit the key: {@code alg: ES256} under the platform's RSA kid, signed with
   * a fresh EC key.
   */
  public ForgedToken es256UnderRsaKid() {
    header.put("alg", "ES256");
    signing = Signing.ES256_FRESH_KEY;
    return this;
  }

  /** Flips one character of the signature after signing. */
  public ForgedToken tamperedSignature() {
    breakSignature = true;
    return this;
  }

  /** A copy of the current claims. */
  public Map<String, Object> claims() {
    return new LinkedHashMap<>(claims);
  }

  /** A copy of the current header. */
  public Map<String, Object> headers() {
    return new LinkedHashMap<>(header);
  }

  /**
   * Encodes and signs the token.
   *
   * @return the compact serialisation {@code header.payload.signature}
   */
  public String compact() {
    String input = encode(header) + "." + encode(claims);
    byte[] bytes = input.getBytes(StandardCharsets.US_ASCII);
    String signature = sign(bytes);
    if (breakSignature && !signature.isEmpty()) {
      char first = signature.charAt(0);
      signature = (first == 'A' ? 'B' : 'A') + signature.substring(1);
    }
    return input + "." + signature;
  }

  private String sign(byte[] input) {
    try {
      return switch (signing) {
        case NONE -> "";
        case KEY -> new RSASSASigner(key).sign(new JWSHeader(rsaAlg()), input).toString();
        case HS256_PUBLIC_KEY ->
            new MACSigner(publicKeyPem().getBytes(StandardCharsets.US_ASCII))
                .sign(new JWSHeader(JWSAlgorithm.HS256), input)
                .toString();
        case ES256_FRESH_KEY -> {
          ECKey ec = new ECKeyGenerator(Curve.P_256).generate();
          yield new ECDSASigner(ec).sign(new JWSHeader(JWSAlgorithm.ES256), input).toString();
        }
      };
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot sign the forged token", e);
    }
  }

  /** RS384/RS512 when the header says so; RS256 for anything else (a mismatch on purpose). */
  private JWSAlgorithm rsaAlg() {
    Object alg = header.get("alg");
    if ("RS384".equals(alg)) {
      return JWSAlgorithm.RS384;
    }
    if ("RS512".equals(alg)) {
      return JWSAlgorithm.RS512;
    }
    return JWSAlgorithm.RS256;
  }

  private String publicKeyPem() {
    try {
      byte[] der = platformKey.toRSAPublicKey().getEncoded();
      return "-----BEGIN PUBLIC KEY-----\n"
          + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
          + "\n-----END PUBLIC KEY-----\n";
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot encode the platform public key", e);
    }
  }

  private static String encode(Map<String, Object> json) {
    try {
      return Base64URL.encode(JSON.writeValueAsBytes(json)).toString();
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("a claim or header is not JSON-serialisable", e);
    }
  }
}
