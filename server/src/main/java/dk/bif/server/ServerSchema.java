package dk.bif.server;

import dk.bif.store.jdbc.Database;
import dk.bif.store.jdbc.Schema;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;

/**
 * The served product's own tables ({@code db/migration/server}, history {@code
 * bif_server_schema_history}) and the secrets every node shares.
 */
public final class ServerSchema {

  /** The server's part of the schema. */
  public static final Schema SCHEMA =
      new Schema("classpath:db/migration/server", "bif_server_schema_history");

  /** The name of the page-session secret in {@code server_secret}. */
  static final String SESSION_SECRET = "page-session";

  private ServerSchema() {}

  /**
   * The page-session secret kept in the database, generated (32 random bytes) on the first start;
   * two nodes starting at once agree on the first one stored.
   *
   * @param db the database, migrated
   * @param clock stamps when it was made
   * @return the secret
   */
  static byte[] sessionSecret(Database db, Clock clock) {
    byte[] fresh = new byte[32];
    new SecureRandom().nextBytes(fresh);
    db.update(
        "keep the session secret",
        "insert into server_secret (name, secret, created_at) values (?, ?, ?) on conflict do nothing",
        SESSION_SECRET,
        Base64.getEncoder().encodeToString(fresh),
        clock.instant());
    String stored =
        db.queryOne(
                "read the session secret",
                "select secret from server_secret where name = ?",
                row -> row.getString(1),
                SESSION_SECRET)
            .orElseThrow(() -> new IllegalStateException("the session secret vanished"));
    return Base64.getDecoder().decode(stored);
  }
}
