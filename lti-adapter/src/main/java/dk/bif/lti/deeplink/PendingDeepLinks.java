package dk.bif.lti.deeplink;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Port: deep-linking launches waiting for the teacher's choice, each under the unguessable one-time
 * token that the picker form carries (the tool's picker makes the tokens). The token is the form's
 * CSRF protection and binds the answer to the launch it came from. Shared by the tool's nodes,
 * since the form may be posted to another node than the launch reached. Implementations are
 * thread-safe.
 */
public interface PendingDeepLinks {

  /** How long a teacher has to choose: 30 minutes. */
  Duration LIFETIME = Duration.ofMinutes(30);

  /**
   * Keeps a choice until the teacher answers.
   *
   * @param token the one-time token, never blank
   * @param choice what the answer needs
   * @param expires when the token stops working
   */
  void keep(String token, PendingDeepLink choice, Instant expires);

  /**
   * Takes the choice a token was given for; a token works once, also across nodes.
   *
   * @param token the token from the form
   * @param now the time
   * @return the choice, or empty when the token is unknown, used or expired
   */
  Optional<PendingDeepLink> take(String token, Instant now);

  /**
   * Forgets the choices whose token expired.
   *
   * @param now the time
   * @return how many were forgotten
   */
  int purgeExpired(Instant now);
}
