package dk.bif.lti.keys;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.Objects;

/**
 * Reads the tool's RSA key pair from a PEM or PKCS#12 file, or generates one for the demo. Every
 * key it returns is RSA with at least {@value #MIN_RSA_BITS} bits, has a {@code kid}, {@code
 * use=sig} and {@code alg=RS256}.
 */
public final class ToolKeyFiles {
  /** Smallest RSA modulus accepted (LTI Security Framework §6.1 asks for 2048 or more). */
  public static final int MIN_RSA_BITS = 2048;

  private static final String PKCS8_BEGIN = "-----BEGIN PRIVATE KEY-----";
  private static final String PKCS8_END = "-----END PRIVATE KEY-----";

  private ToolKeyFiles() {}

  /**
   * Generates a fresh 2048-bit key pair.
   *
   * @param kid the key id to publish
   * @return the key pair
   */
  public static RSAKey generate(String kid) {
    try {
      return new RSAKeyGenerator(MIN_RSA_BITS)
          .keyID(requireKid(kid))
          .keyUse(KeyUse.SIGNATURE)
          .algorithm(JWSAlgorithm.RS256)
          .generate();
    } catch (JOSEException e) {
      throw new IllegalStateException("the JDK cannot generate RSA keys", e);
    }
  }

  /**
   * Reads an unencrypted PKCS#8 private key ({@code -----BEGIN PRIVATE KEY-----}); the public key
   * is derived from it. Convert a PKCS#1 file with {@code openssl pkcs8 -topk8 -nocrypt}.
   *
   * @param pem the PEM file
   * @param kid the key id to publish
   * @return the key pair
   * @throws IOException when the file cannot be read
   * @throws IllegalArgumentException when the file is not a PKCS#8 RSA key of 2048+ bits
   */
  public static RSAKey readPem(Path pem, String kid) throws IOException {
    String text = Files.readString(pem, StandardCharsets.US_ASCII);
    int begin = text.indexOf(PKCS8_BEGIN);
    int end = text.indexOf(PKCS8_END);
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException(
          pem
              + ": expected an unencrypted PKCS#8 key ("
              + PKCS8_BEGIN
              + "); convert with: openssl pkcs8 -topk8 -nocrypt -in key.pem -out key8.pem");
    }
    String base64 = text.substring(begin + PKCS8_BEGIN.length(), end).replaceAll("\\s", "");
    try {
      KeyFactory rsa = KeyFactory.getInstance("RSA");
      PrivateKey key =
          rsa.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
      if (!(key instanceof RSAPrivateCrtKey crt)) {
        throw new IllegalArgumentException(pem + ": the key has no CRT parameters");
      }
      RSAPublicKey pub =
          (RSAPublicKey)
              rsa.generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
      return build(pub, crt, kid, pem.toString());
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalArgumentException(
          pem + ": not a readable RSA PKCS#8 key: " + e.getMessage(), e);
    }
  }

  /**
   * Reads a key pair from a PKCS#12 key store.
   *
   * @param file the .p12 file
   * @param password the store and key password
   * @param alias the entry's alias
   * @param kid the key id to publish
   * @return the key pair
   * @throws IOException when the file cannot be read or the password is wrong
   * @throws IllegalArgumentException when the entry is missing or not an RSA key of 2048+ bits
   */
  public static RSAKey readPkcs12(Path file, char[] password, String alias, String kid)
      throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(in, password);
      if (!(store.getKey(alias, password) instanceof PrivateKey privateKey)) {
        throw new IllegalArgumentException(file + ": no private key under alias '" + alias + "'");
      }
      Certificate certificate = store.getCertificate(alias);
      if (certificate == null || !(certificate.getPublicKey() instanceof RSAPublicKey pub)) {
        throw new IllegalArgumentException(
            file + ": no RSA certificate under alias '" + alias + "'");
      }
      return build(pub, privateKey, kid, file.toString());
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException(file + ": cannot read the PKCS#12 entry: " + e, e);
    }
  }

  /**
   * Checks that a key is fit to be a tool key.
   *
   * @param key the key
   * @return the same key
   * @throws IllegalArgumentException when it has no kid, no private part or fewer than 2048 bits
   */
  public static RSAKey requireFit(RSAKey key) {
    Objects.requireNonNull(key, "key");
    requireKid(key.getKeyID());
    if (!key.isPrivate())
      throw new IllegalArgumentException("tool key " + key.getKeyID() + " has no private part");
    if (key.size() < MIN_RSA_BITS) {
      throw new IllegalArgumentException(
          "tool key "
              + key.getKeyID()
              + " has "
              + key.size()
              + " bits; at least "
              + MIN_RSA_BITS
              + " required");
    }
    return key;
  }

  private static RSAKey build(RSAPublicKey pub, PrivateKey priv, String kid, String source) {
    if (pub.getModulus().bitLength() < MIN_RSA_BITS) {
      throw new IllegalArgumentException(
          source
              + ": RSA key has "
              + pub.getModulus().bitLength()
              + " bits; at least "
              + MIN_RSA_BITS
              + " required");
    }
    return new RSAKey.Builder(pub)
        .privateKey(priv)
        .keyID(requireKid(kid))
        .keyUse(KeyUse.SIGNATURE)
        .algorithm(JWSAlgorithm.RS256)
        .build();
  }

  private static String requireKid(String kid) {
    Objects.requireNonNull(kid, "kid");
    if (kid.isBlank()) throw new IllegalArgumentException("a tool key needs a non-blank kid");
    return kid;
  }
}
