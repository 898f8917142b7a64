package dk.bif.lti.registration;

import java.util.Objects;

/**
 * What identifies a registration: the issuer together with the client id (one issuer, as on Canvas,
 * can hold many clients).
 *
 * @param issuer the platform's issuer
 * @param clientId the client id the platform gave the tool
 */
public record RegistrationKey(Issuer issuer, ClientId clientId) {
  public RegistrationKey {
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(clientId, "clientId");
  }

  @Override
  public String toString() {
    return issuer + " / " + clientId;
  }
}
