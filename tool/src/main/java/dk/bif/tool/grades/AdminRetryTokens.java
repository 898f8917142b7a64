package dk.bif.tool.grades;

import java.time.Instant;

/**
 * Port: the one-time tokens of the grade administration page's retry forms (CSRF protection, bound
 * to the administrator's launch). Shared by the tool's nodes, since the form may be posted to
 * another node than the one that showed the page. Implementations are thread-safe.
 */
public interface AdminRetryTokens {

  /**
   * Keeps a token issued with a page.
   *
   * @param token the token, never blank
   * @param expires when it stops working
   */
  void keep(String token, Instant expires);

  /**
   * Redeems a token: it works once, also across nodes.
   *
   * @param token the token from the form, or null
   * @param now the time
   * @return true when the token was issued, not used yet and not expired
   */
  boolean redeem(String token, Instant now);

  /**
   * Forgets the tokens that expired.
   *
   * @param now the time
   * @return how many were forgotten
   */
  int purgeExpired(Instant now);
}
