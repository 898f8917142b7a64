package dk.bif.store.jdbc.tool;

import dk.bif.lti.launch.NonceStore;
import dk.bif.lti.registration.Issuer;
import dk.bif.store.jdbc.Database;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * {@link NonceStore} in table {@code lti_nonce}. The primary key (issuer, nonce) decides: of two
 * nodes recording one nonce at once, exactly one insert succeeds, so a launch replayed on another
 * node is refused. Thread-safe.
 */
public final class JdbcNonceStore implements NonceStore {
  private final Database db;
  private final Clock clock;

  /**
   * @param db the database
   * @param clock decides which records {@link #purgeExpired()} removes
   */
  public JdbcNonceStore(Database db, Clock clock) {
    this.db = Objects.requireNonNull(db, "db");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public boolean firstUse(Issuer issuer, String nonce, Instant keepUntil) {
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(nonce, "nonce");
    Objects.requireNonNull(keepUntil, "keepUntil");
    return db.update(
            "record nonce",
            "insert into lti_nonce (issuer, nonce, keep_until) values (?, ?, ?) on conflict do nothing",
            issuer.value(),
            nonce,
            keepUntil)
        == 1;
  }

  /**
   * Removes the nonces kept past their {@code keepUntil}: a token that carried one is too old to be
   * accepted anyway. Run it now and then from any one node (or all: it is idempotent).
   *
   * @return how many records were removed
   */
  public int purgeExpired() {
    return db.update("purge nonces", "delete from lti_nonce where keep_until < ?", clock.instant());
  }
}
