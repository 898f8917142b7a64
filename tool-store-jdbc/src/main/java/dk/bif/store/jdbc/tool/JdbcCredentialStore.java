package dk.bif.store.jdbc.tool;

import dk.bif.core.admission.Level;
import dk.bif.core.curriculum.PartId;
import dk.bif.core.people.EmployeeId;
import dk.bif.credentials.CredentialId;
import dk.bif.credentials.store.CredentialStore;
import dk.bif.credentials.store.IssuedCredential;
import dk.bif.credentials.store.IssuerKey;
import dk.bif.credentials.store.Revocation;
import dk.bif.credentials.store.StatusEntry;
import dk.bif.store.jdbc.Database;
import dk.bif.store.jdbc.Schema;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * A {@link CredentialStore} on H2 (PostgreSQL mode) or PostgreSQL 14+, in plain JDBC.
 *
 * <p>Its schema comes from its own Flyway migrations with their own history ({@link #SCHEMA}), so
 * it sits beside the core's and the tool's tables in the same database. A reserved status place is
 * a row whose primary key decides, so two nodes never reserve the same place; a revocation is one
 * conditional update, so the first reason stands. Thread-safe; every call borrows a connection from
 * the database (and joins the calling thread's {@link Database#inTransaction} when there is one).
 */
public final class JdbcCredentialStore implements CredentialStore {

  /** This module's part of the schema: its migrations and their history table. */
  public static final Schema SCHEMA =
      new Schema("classpath:db/migration/credentials", "bif_credentials_schema_history");

  private final Database database;

  /**
   * Keeps credentials on {@code database}, bringing this module's tables up to date.
   *
   * @param database the database (its owner closes it)
   * @throws org.flywaydb.core.api.FlywayException when the tables cannot be migrated
   */
  public JdbcCredentialStore(Database database) {
    this.database = Objects.requireNonNull(database, "database");
    database.migrate(SCHEMA);
  }

  @Override
  public StatusEntry reserveStatusEntry(int maxPerList, RandomGenerator random, Instant now) {
    StatusEntry.requireListLimit(maxPerList);
    Objects.requireNonNull(random, "random");
    Objects.requireNonNull(now, "now");
    return call(
        "reserve a status list place",
        c -> {
          int list =
              one(
                  c,
                  "select coalesce(min(l.list_no), (select coalesce(max(list_no), 0) + 1 from"
                      + " credential_status_list)) from credential_status_list l where (select"
                      + " count(*) from credential_status_entry e where e.list_no = l.list_no) < ?",
                  r -> r.getInt(1),
                  maxPerList);
          update(
              c,
              "insert into credential_status_list (list_no, opened_at) values (?, ?) on conflict"
                  + " do nothing",
              list,
              now);
          for (int i = 0; i < StatusEntry.MAX_TRIES; i++) {
            int index = random.nextInt(StatusEntry.LIST_SIZE);
            if (update(
                    c,
                    "insert into credential_status_entry (list_no, idx, reserved_at) values (?, ?,"
                        + " ?) on conflict do nothing",
                    list,
                    index,
                    now)
                == 1) {
              return new StatusEntry(list, index);
            }
          }
          throw new IllegalStateException(
              "status list " + list + " has no free place left to find");
        });
  }

  @Override
  public void save(IssuedCredential credential) {
    Objects.requireNonNull(credential, "credential");
    call(
        "save credential",
        c -> {
          int rows =
              update(
                  c,
                  "insert into issued_credential (id, employee, part, level, issued_at, list_no,"
                      + " idx, jwt, revoked_at, revocation_reason) values (?, ?, ?, ?, ?, ?, ?, ?,"
                      + " ?, ?) on conflict do nothing",
                  credential.id().toString(),
                  credential.employee().value(),
                  credential.part().value(),
                  credential.level().name(),
                  credential.issuedAt(),
                  credential.status().list(),
                  credential.status().index(),
                  credential.jwt(),
                  credential.revocation().map(Revocation::at).orElse(null),
                  credential.revocation().map(Revocation::reason).orElse(null));
          if (rows == 0) {
            throw new IllegalStateException("credential " + credential.id() + " is already stored");
          }
          return null;
        });
  }

  private static final String SELECT =
      "select id, employee, part, level, issued_at, list_no, idx, jwt, revoked_at,"
          + " revocation_reason from issued_credential ";

  @Override
  public Optional<IssuedCredential> find(CredentialId id) {
    Objects.requireNonNull(id, "id");
    return call(
            "find credential",
            c -> query(c, SELECT + "where id = ?", JdbcCredentialStore::credential, id.toString()))
        .stream()
        .findFirst();
  }

  @Override
  public List<IssuedCredential> ofEmployee(EmployeeId employee) {
    Objects.requireNonNull(employee, "employee");
    return call(
        "credentials of employee",
        c ->
            query(
                c,
                SELECT + "where employee = ? order by issued_at, id",
                JdbcCredentialStore::credential,
                employee.value()));
  }

  @Override
  public Optional<IssuedCredential> revoke(CredentialId id, Revocation revocation) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(revocation, "revocation");
    database.inTransaction(
        () ->
            call(
                "revoke credential",
                c -> {
                  if (update(
                          c,
                          "update issued_credential set revoked_at = ?, revocation_reason = ?"
                              + " where id = ? and revoked_at is null",
                          revocation.at(),
                          revocation.reason(),
                          id.toString())
                      == 1) {
                    update(
                        c,
                        "update credential_status_entry e set revoked_at = ? where exists (select 1"
                            + " from issued_credential i where i.id = ? and i.list_no = e.list_no"
                            + " and i.idx = e.idx)",
                        revocation.at(),
                        id.toString());
                  }
                  return null;
                }));
    return find(id);
  }

  @Override
  public BitSet revokedIn(int list) {
    BitSet bits = new BitSet(StatusEntry.LIST_SIZE);
    call(
            "revoked in status list",
            c ->
                query(
                    c,
                    "select idx from credential_status_entry where list_no = ? and revoked_at is"
                        + " not null",
                    r -> r.getInt(1),
                    list))
        .forEach(bits::set);
    return bits;
  }

  @Override
  public Optional<Instant> lastChange(int list) {
    return call(
            "status list change",
            c ->
                query(
                    c,
                    "select l.opened_at, (select max(revoked_at) from credential_status_entry e"
                        + " where e.list_no = l.list_no) from credential_status_list l where"
                        + " l.list_no = ?",
                    r -> {
                      Instant opened = instant(r, 1);
                      Instant revoked = instant(r, 2);
                      return revoked != null && revoked.isAfter(opened) ? revoked : opened;
                    },
                    list))
        .stream()
        .findFirst();
  }

  @Override
  public List<IssuerKey> issuerKeys() {
    return call(
        "issuer keys",
        c ->
            query(
                c,
                "select key_id, private_jwk, created_at from credential_issuer_key order by"
                    + " created_at, key_id",
                r -> new IssuerKey(r.getString(1), r.getString(2), instant(r, 3))));
  }

  @Override
  public void addIssuerKey(IssuerKey key) {
    Objects.requireNonNull(key, "key");
    int rows =
        call(
            "add issuer key",
            c ->
                update(
                    c,
                    "insert into credential_issuer_key (key_id, private_jwk, created_at) values (?,"
                        + " ?, ?) on conflict do nothing",
                    key.keyId(),
                    key.privateJwk(),
                    key.createdAt()));
    if (rows == 0) {
      throw new IllegalStateException("issuer key " + key.keyId() + " is already stored");
    }
  }

  // ---- plain JDBC ------------------------------------------------------------------------------

  private interface Row<T> {
    T map(ResultSet row) throws SQLException;
  }

  private <T> T call(String operation, Database.ConnectionWork<T> work) {
    return database.withConnection(operation, work);
  }

  private static IssuedCredential credential(ResultSet r) throws SQLException {
    Instant revokedAt = instant(r, 9);
    return new IssuedCredential(
        new CredentialId(UUID.fromString(r.getString(1))),
        EmployeeId.of(r.getString(2)),
        PartId.of(r.getString(3)),
        Level.valueOf(r.getString(4)),
        instant(r, 5),
        new StatusEntry(r.getInt(6), r.getInt(7)),
        r.getString(8),
        revokedAt == null
            ? Optional.empty()
            : Optional.of(new Revocation(revokedAt, r.getString(10))));
  }

  private static int update(Connection c, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      bind(s, parameters);
      return s.executeUpdate();
    }
  }

  private static <T> List<T> query(Connection c, String sql, Row<T> mapper, Object... parameters)
      throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      bind(s, parameters);
      try (ResultSet rows = s.executeQuery()) {
        List<T> result = new ArrayList<>();
        while (rows.next()) {
          result.add(mapper.map(rows));
        }
        return result;
      }
    }
  }

  private static <T> T one(Connection c, String sql, Row<T> mapper, Object... parameters)
      throws SQLException {
    return query(c, sql, mapper, parameters).get(0);
  }

  private static void bind(PreparedStatement s, Object... parameters) throws SQLException {
    for (int i = 0; i < parameters.length; i++) {
      Object value = parameters[i];
      if (value instanceof Instant instant) {
        s.setObject(i + 1, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
      } else {
        s.setObject(i + 1, value);
      }
    }
  }

  private static Instant instant(ResultSet row, int column) throws SQLException {
    OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
