package dk.bif.server.platforms;

import dk.bif.lti.registration.RegistrationKey;
import dk.bif.store.jdbc.Database;
import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a platform registration came from ({@code platform_origin}): a row for each made by Dynamic
 * Registration, with when, from which configuration and which LMS product; none for one added by
 * hand. Thread-safe.
 */
public final class PlatformOrigins {

  private final Database db;

  /**
   * @param db the database, migrated ({@code ServerSchema})
   */
  public PlatformOrigins(Database db) {
    this.db = Objects.requireNonNull(db, "db");
  }

  /**
   * A registration made by Dynamic Registration.
   *
   * @param registeredAt when
   * @param configurationUrl the platform's OpenID configuration it was made from
   * @param product the LMS's product family code, e.g. {@code moodle}
   */
  public record Dynamic(Instant registeredAt, URI configurationUrl, Optional<String> product) {}

  /**
   * Records a registration made by Dynamic Registration.
   *
   * @param key the registration
   * @param origin when and from where
   * @param invitationHash the link it was made through
   */
  public void recordDynamic(RegistrationKey key, Dynamic origin, String invitationHash) {
    forget(key);
    db.update(
        "record where a platform came from",
        "insert into platform_origin (issuer, client_id, registered_at, configuration_url, product,"
            + " invitation_hash) values (?, ?, ?, ?, ?, ?)",
        key.issuer().value(),
        key.clientId().value(),
        origin.registeredAt(),
        origin.configurationUrl().toString(),
        origin.product(),
        invitationHash);
  }

  /**
   * Where a registration came from.
   *
   * @param key the registration
   * @return its Dynamic Registration; empty when it was added by hand
   */
  public Optional<Dynamic> find(RegistrationKey key) {
    return db.queryOne(
        "read where a platform came from",
        "select registered_at, configuration_url, product from platform_origin where issuer = ?"
            + " and client_id = ?",
        row ->
            new Dynamic(
                Database.instant(row, "registered_at"),
                URI.create(row.getString("configuration_url")),
                Optional.ofNullable(row.getString("product"))),
        key.issuer().value(),
        key.clientId().value());
  }

  /**
   * Forgets where a registration came from (it was removed, or is added again by hand).
   *
   * @param key the registration
   */
  public void forget(RegistrationKey key) {
    db.update(
        "forget where a platform came from",
        "delete from platform_origin where issuer = ? and client_id = ?",
        key.issuer().value(),
        key.clientId().value());
  }
}
