package dk.bif.store.jdbc.tool;

import dk.bif.store.jdbc.Database;
import dk.bif.tool.grades.AdminRetryTokens;
import java.time.Instant;
import java.util.Objects;

/**
 * {@link AdminRetryTokens} in table {@code admin_retry_token}, each token as its SHA-256; the
 * delete that redeems a token decides, across nodes, that it works once. Thread-safe.
 */
public final class JdbcAdminRetryTokens implements AdminRetryTokens {
  private final Database db;

  /**
   * @param db the database
   */
  public JdbcAdminRetryTokens(Database db) {
    this.db = Objects.requireNonNull(db, "db");
  }

  @Override
  public void keep(String token, Instant expires) {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(expires, "expires");
    db.update(
        "keep admin retry token",
        "insert into admin_retry_token (token_hash, expires_at) values (?, ?)",
        TokenHash.of(token),
        expires);
  }

  @Override
  public boolean redeem(String token, Instant now) {
    if (token == null || token.isBlank()) return false;
    return db.update(
            "redeem admin retry token",
            "delete from admin_retry_token where token_hash = ? and expires_at > ?",
            TokenHash.of(token),
            now)
        == 1;
  }

  @Override
  public int purgeExpired(Instant now) {
    return db.update(
        "purge admin retry tokens", "delete from admin_retry_token where expires_at <= ?", now);
  }
}
