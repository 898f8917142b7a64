package dk.bif.store.jdbc.tool;

import dk.bif.core.people.EmployeeId;
import dk.bif.lti.registration.ClientId;
import dk.bif.lti.registration.Issuer;
import dk.bif.lti.registration.RegistrationKey;
import dk.bif.store.jdbc.Database;
import dk.bif.tool.bridge.LmsPerson;
import dk.bif.tool.bridge.RefusedClaim;
import dk.bif.tool.bridge.RefusedClaims;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link RefusedClaims} in table {@code refused_claim}, one row per (platform, claimant, claimed
 * employee); a repeated refusal updates its row, also when two nodes record it at once.
 * Thread-safe.
 */
public final class JdbcRefusedClaims implements RefusedClaims {
  private static final String COLUMNS =
      "issuer, client_id, subject, claimed_employee, reason, holder_subject, linked_employee,"
          + " first_at, last_at, attempts";

  private final Database db;

  /**
   * @param db the database
   */
  public JdbcRefusedClaims(Database db) {
    this.db = Objects.requireNonNull(db, "db");
  }

  @Override
  public void record(RefusedClaim refusal) {
    Objects.requireNonNull(refusal, "refusal");
    db.atomically(
        "record a refused claim",
        c -> {
          if (update(c, refusal) == 0 && insert(c, refusal) == 0) update(c, refusal);
          return null;
        });
  }

  private static int update(Connection c, RefusedClaim r) throws SQLException {
    return Database.update(
        c,
        "update refused_claim set reason = ?, holder_subject = ?, linked_employee = ?,"
            + " last_at = ?, attempts = attempts + 1"
            + " where issuer = ? and client_id = ? and subject = ? and claimed_employee = ?",
        r.reason().name(),
        r.holder().map(LmsPerson::subject),
        r.linkedTo().map(EmployeeId::value),
        r.lastAt(),
        r.claimant().platform().issuer().value(),
        r.claimant().platform().clientId().value(),
        r.claimant().subject(),
        r.claimed().value());
  }

  private static int insert(Connection c, RefusedClaim r) throws SQLException {
    return Database.update(
        c,
        "insert into refused_claim ("
            + COLUMNS
            + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing",
        r.claimant().platform().issuer().value(),
        r.claimant().platform().clientId().value(),
        r.claimant().subject(),
        r.claimed().value(),
        r.reason().name(),
        r.holder().map(LmsPerson::subject),
        r.linkedTo().map(EmployeeId::value),
        r.firstAt(),
        r.lastAt(),
        r.attempts());
  }

  @Override
  public List<RefusedClaim> recent(int max) {
    if (max < 1 || max > MAX_LISTED)
      throw new IllegalArgumentException("max must be 1 to " + MAX_LISTED + ": " + max);
    return db.query(
        "list refused claims",
        "select "
            + COLUMNS
            + " from refused_claim order by last_at desc, issuer, client_id, subject limit ?",
        JdbcRefusedClaims::read,
        max);
  }

  private static RefusedClaim read(ResultSet row) throws SQLException {
    RegistrationKey platform =
        new RegistrationKey(
            Issuer.of(row.getString("issuer")), ClientId.of(row.getString("client_id")));
    return new RefusedClaim(
        new LmsPerson(platform, row.getString("subject")),
        EmployeeId.of(row.getString("claimed_employee")),
        RefusedClaim.Reason.valueOf(row.getString("reason")),
        Optional.ofNullable(row.getString("holder_subject")).map(s -> new LmsPerson(platform, s)),
        Optional.ofNullable(row.getString("linked_employee")).map(EmployeeId::of),
        Database.instant(row, "first_at"),
        Database.instant(row, "last_at"),
        row.getInt("attempts"));
  }

  @Override
  public boolean dismiss(LmsPerson claimant, EmployeeId claimed) {
    Objects.requireNonNull(claimant, "claimant");
    Objects.requireNonNull(claimed, "claimed");
    return db.update(
            "dismiss a refused claim",
            "delete from refused_claim"
                + " where issuer = ? and client_id = ? and subject = ? and claimed_employee = ?",
            claimant.platform().issuer().value(),
            claimant.platform().clientId().value(),
            claimant.subject(),
            claimed.value())
        > 0;
  }
}
