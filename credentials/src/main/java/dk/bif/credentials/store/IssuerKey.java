package dk.bif.credentials.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One of the issuer's signing keys as kept: its id, the private key as a JWK (JSON) and when it was
 * made. Every key stays published for verification; the newest signs.
 *
 * @param keyId the key's id ({@code kid} fragment), never blank
 * @param privateJwk the private key as JWK JSON: keep the store's table restricted
 * @param createdAt when it was made
 */
public record IssuerKey(String keyId, String privateJwk, Instant createdAt) {
  public IssuerKey {
    Objects.requireNonNull(keyId, "keyId");
    Objects.requireNonNull(privateJwk, "privateJwk");
    Objects.requireNonNull(createdAt, "createdAt");
    if (keyId.isBlank() || privateJwk.isBlank()) {
      throw new IllegalArgumentException("an issuer key needs an id and its JWK");
    }
  }

  @Override
  public String toString() {
    return "IssuerKey[" + keyId + ", created " + createdAt + "]";
  }
}
