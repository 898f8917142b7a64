package dk.bif.store.jdbc.tool;

import com.nimbusds.jose.jwk.RSAKey;
import dk.bif.lti.keys.RingKey;
import dk.bif.lti.keys.ToolKeyRing;
import dk.bif.store.jdbc.Database;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.ParseException;
import java.util.List;
import java.util.Objects;

/**
 * {@link ToolKeyRing} in table {@code tool_key_ring}, one row per generation (the primary key
 * decides between two nodes that rotate at once). Holds private keys: restrict who may read the
 * table. Thread-safe.
 */
public final class JdbcToolKeyRing implements ToolKeyRing {
  private final Database db;

  /**
   * @param db the database
   */
  public JdbcToolKeyRing(Database db) {
    this.db = Objects.requireNonNull(db, "db");
  }

  @Override
  public List<RingKey> keys() {
    return db.query(
        "read the tool's key ring",
        "select generation, jwk, published_at, signs_from from tool_key_ring order by generation",
        JdbcToolKeyRing::map);
  }

  @Override
  public boolean add(RingKey key) {
    Objects.requireNonNull(key, "key");
    return db.update(
            "add a tool key",
            "insert into tool_key_ring (generation, kid, jwk, published_at, signs_from)"
                + " values (?, ?, ?, ?, ?) on conflict do nothing",
            key.generation(),
            key.kid(),
            key.key().toJSONString(),
            key.publishedAt(),
            key.signsFrom())
        == 1;
  }

  private static RingKey map(ResultSet row) throws SQLException {
    int generation = row.getInt("generation");
    try {
      return new RingKey(
          generation,
          RSAKey.parse(row.getString("jwk")),
          Database.instant(row, "published_at"),
          Database.instant(row, "signs_from"));
    } catch (ParseException e) {
      throw new IllegalStateException("tool key generation " + generation + " is not an RSA JWK");
    }
  }
}
