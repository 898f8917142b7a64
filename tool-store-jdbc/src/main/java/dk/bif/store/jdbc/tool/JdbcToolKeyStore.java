package dk.bif.store.jdbc.tool;

import com.nimbusds.jose.jwk.RSAKey;
import dk.bif.lti.keys.ToolKeyFiles;
import dk.bif.lti.keys.ToolKeyStore;
import dk.bif.store.jdbc.Database;
import java.text.ParseException;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@link ToolKeyStore} in table {@code tool_key}: the private JWK, so that a restarted tool signs
 * with the same kid. The database holds a private key: restrict who may read the table (in
 * PostgreSQL, grant it to the tool's role only). The first key stored under a name wins across
 * nodes. Thread-safe.
 */
public final class JdbcToolKeyStore implements ToolKeyStore {
  private final Database db;
  private final Clock clock;

  /**
   * @param db the database
   * @param clock stamps when a key was stored
   */
  public JdbcToolKeyStore(Database db, Clock clock) {
    this.db = Objects.requireNonNull(db, "db");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public RSAKey keyFor(String name, Supplier<RSAKey> generator) {
    Objects.requireNonNull(generator, "generator");
    Optional<RSAKey> stored = find(name);
    if (stored.isPresent()) {
      return stored.get();
    }
    RSAKey candidate = ToolKeyFiles.requireFit(generator.get());
    db.update(
        "store tool key",
        "insert into tool_key (name, jwk, created_at) values (?, ?, ?) on conflict do nothing",
        name,
        candidate.toJSONString(),
        clock.instant());
    return find(name)
        .orElseThrow(() -> new IllegalStateException("tool key " + name + " vanished"));
  }

  @Override
  public Optional<RSAKey> find(String name) {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("a stored tool key needs a non-blank name");
    }
    return db.queryOne(
        "find tool key",
        "select jwk from tool_key where name = ?",
        row -> parse(name, row.getString(1)),
        name);
  }

  private static RSAKey parse(String name, String jwk) {
    try {
      return RSAKey.parse(jwk);
    } catch (ParseException e) {
      throw new IllegalStateException("stored tool key " + name + " is not an RSA JWK");
    }
  }
}
