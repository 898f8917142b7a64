package dk.bif.lti.testkit;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The platform's RSA signing keys and their rotation, in the order a careful platform follows:
 * {@link #publishNextKey()} (the next key appears in the JWK Set but signs nothing), {@link
 * #switchToNextKey()} (it signs; the old key stays published) and {@link #dropRetiredKeys()}.
 *
 * <p>Thread-safe: every method locks this object.
 */
public final class PlatformKeys {
  private static final int KEY_SIZE = 2048;

  private final AtomicInteger counter = new AtomicInteger();

  /**
   * Part of every key id this instance generates, so that two platforms (or two runs of one without
   * a state file) never publish different keys under the same key id: a tool that cached the first
   * one's key set then learns the second's as new keys instead of failing its signatures.
   */
  private final String instance =
      String.format("%06x", new java.security.SecureRandom().nextInt(1 << 24));

  private RSAKey signing;
  private RSAKey next;
  private final List<RSAKey> retired = new ArrayList<>();

  PlatformKeys() {
    this.signing = generate(kid(counter.incrementAndGet()));
  }

  private String kid(int n) {
    return "platform-key-" + n + "-" + instance;
  }

  /**
   * Generates a fresh RSA 2048 key pair with the given key id, usable as a foreign key in tests.
   *
   * @param kid the key id
   * @return the key pair as a JWK
   */
  public static RSAKey generate(String kid) {
    try {
      return new RSAKeyGenerator(KEY_SIZE).keyID(kid).keyUse(KeyUse.SIGNATURE).generate();
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot generate an RSA key", e);
    }
  }

  /** The key that signs id_tokens now (with its private part). */
  public synchronized RSAKey signingKey() {
    return signing;
  }

  /** The key id of the signing key. */
  public synchronized String signingKid() {
    return signing.getKeyID();
  }

  /** The published next key, if one waits. */
  public synchronized Optional<RSAKey> nextKey() {
    return Optional.ofNullable(next);
  }

  /**
   * Generates the next key and publishes it in the JWK Set; it signs nothing yet. Publishing again
   * before switching replaces the waiting key.
   *
   * @return the new key's id
   */
  public synchronized String publishNextKey() {
    next = generate(kid(counter.incrementAndGet()));
    return next.getKeyID();
  }

  /**
   * Makes the published next key the signing key; the old one stays published as retired.
   *
   * @return the new signing key's id
   * @throws IllegalStateException when no next key was published
   */
  public synchronized String switchToNextKey() {
    if (next == null) {
      throw new IllegalStateException("publish the next key before switching to it");
    }
    retired.add(signing);
    signing = next;
    next = null;
    return signing.getKeyID();
  }

  /** Removes every retired key from the JWK Set. */
  public synchronized void dropRetiredKeys() {
    retired.clear();
  }

  /**
   * Publishes a next key and switches to it at once (the abrupt rotation some platforms do); the
   * old key stays published until {@link #dropRetiredKeys()}.
   *
   * @return the new signing key's id
   */
  public synchronized String rotateNow() {
    publishNextKey();
    return switchToNextKey();
  }

  /** The public JWK Set: the signing key, the next key and the retired keys. */
  public synchronized JWKSet publicJwkSet() {
    List<JWK> keys = new ArrayList<>();
    keys.add(signing.toPublicJWK());
    if (next != null) {
      keys.add(next.toPublicJWK());
    }
    retired.forEach(k -> keys.add(k.toPublicJWK()));
    return new JWKSet(keys);
  }

  /** The keys with their private parts, for {@link PlatformState}. */
  synchronized PlatformState.KeysState exportState() {
    return new PlatformState.KeysState(
        counter.get(),
        signing.toJSONString(),
        next == null ? null : next.toJSONString(),
        retired.stream().map(RSAKey::toJSONString).toList());
  }

  /**
   * Replaces the keys with saved ones.
   *
   * @throws IllegalArgumentException when a saved key is not an RSA JWK
   */
  synchronized void importState(PlatformState.KeysState state) {
    try {
      signing = RSAKey.parse(state.signing());
      next = state.next() == null ? null : RSAKey.parse(state.next());
      retired.clear();
      for (String k : state.retired()) {
        retired.add(RSAKey.parse(k));
      }
    } catch (ParseException e) {
      throw new IllegalArgumentException("a saved platform key is not an RSA JWK", e);
    }
    counter.set(state.counter());
  }
}
