package dk.bif.credentials.verify;

import java.util.Optional;

/**
 * Dereferences a {@code statusListCredential} URL to the signed status list credential (a VC-JWT).
 * The issuer's own tool answers from its store; a verifier elsewhere would fetch the URL.
 */
@FunctionalInterface
public interface StatusListSource {

  /**
   * @param url a credential's {@code credentialStatus.statusListCredential}
   * @return the status list credential as a compact JWS, or empty when it cannot be had
   */
  Optional<String> statusList(String url);
}
