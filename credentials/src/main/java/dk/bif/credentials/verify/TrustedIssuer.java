package dk.bif.credentials.verify;

import java.util.Objects;

/**
 * The issuer a verifier accepts credentials from, and its published keys.
 *
 * @param issuerId the issuer's id (the credentials' {@code iss})
 * @param name its name, for the verdict
 * @param jwksUrl the URL its keys are published at; a credential's {@code kid} must be this URL
 *     with a key id as fragment
 * @param publicJwks the published JWK Set as JSON (public keys only)
 */
public record TrustedIssuer(String issuerId, String name, String jwksUrl, String publicJwks) {
  public TrustedIssuer {
    Objects.requireNonNull(issuerId, "issuerId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(jwksUrl, "jwksUrl");
    Objects.requireNonNull(publicJwks, "publicJwks");
  }
}
