package dk.bif.lti.keys;

import com.nimbusds.jose.jwk.RSAKey;
import java.time.Instant;
import java.util.Objects;

/**
 * One key of the tool's {@link ToolKeyRing}: the key pair, its place in the ring, when it was first
 * published and from when it signs.
 *
 * @param generation 1 for the first key, one more for each rotation
 * @param key the key pair (private part included), fit to be a tool key
 * @param publishedAt from when it is in the tool's JWK Set
 * @param signsFrom from when it signs; not before {@code publishedAt}
 */
public record RingKey(int generation, RSAKey key, Instant publishedAt, Instant signsFrom) {

  /** Checks the invariants. */
  public RingKey {
    if (generation < 1)
      throw new IllegalArgumentException("generation counts from 1, got " + generation);
    ToolKeyFiles.requireFit(key);
    Objects.requireNonNull(publishedAt, "publishedAt");
    Objects.requireNonNull(signsFrom, "signsFrom");
    if (signsFrom.isBefore(publishedAt))
      throw new IllegalArgumentException("a key signs only after it is published");
  }

  /** The key's id, as published. */
  public String kid() {
    return key.getKeyID();
  }
}
