package dk.bif.store.jdbc.tool;

import dk.bif.lti.oidc.PendingLogin;
import dk.bif.lti.oidc.StateStore;
import dk.bif.lti.registration.ClientId;
import dk.bif.lti.registration.DeploymentId;
import dk.bif.lti.registration.Issuer;
import dk.bif.lti.registration.RegistrationKey;
import dk.bif.store.jdbc.Database;
import dk.bif.store.jdbc.Dialect;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link StateStore} in table {@code lti_login_state}, shared by every node: the launch may reach
 * another node than the login. {@link #take} is one delete that returns the row, so a state is used
 * at most once across nodes. Thread-safe.
 */
public final class JdbcStateStore implements StateStore {
  /**
   * How long an expired login is kept so that its launch is refused as expired rather than unknown
   * (the same as the in-memory store's).
   */
  public static final Duration KEEP_AFTER_EXPIRY = Duration.ofMinutes(10);

  private final Database db;
  private final Clock clock;

  /**
   * @param db the database
   * @param clock decides which logins {@link #purgeExpired()} removes
   */
  public JdbcStateStore(Database db, Clock clock) {
    this.db = Objects.requireNonNull(db, "db");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public void put(PendingLogin login) {
    Objects.requireNonNull(login, "login");
    db.update(
        "keep login state",
        "insert into lti_login_state (state, issuer, client_id, nonce, target_link_uri, deployment_id,"
            + " browser_binding, expires_at, storage_target) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        login.state(),
        login.registration().issuer().value(),
        login.registration().clientId().value(),
        login.nonce(),
        login.targetLinkUri(),
        login.deploymentId().map(DeploymentId::value),
        login.browserBinding(),
        login.expiresAt(),
        login.storageTarget());
  }

  @Override
  public Optional<PendingLogin> take(String state) {
    Objects.requireNonNull(state, "state");
    // one statement deletes the row and hands it back: of two nodes taking the same state at once,
    // only one gets it (never remembered as a read: it is a delete)
    String sql =
        db.dialect() == Dialect.H2
            ? "select * from old table (delete from lti_login_state where state = ?)"
            : "delete from lti_login_state where state = ? returning *";
    return db.withConnection(
        "take login state",
        c -> Database.query(c, sql, JdbcStateStore::map, state).stream().findFirst());
  }

  /**
   * Removes logins expired more than {@link #KEEP_AFTER_EXPIRY} ago.
   *
   * @return how many were removed
   */
  public int purgeExpired() {
    return db.update(
        "purge login states",
        "delete from lti_login_state where expires_at < ?",
        clock.instant().minus(KEEP_AFTER_EXPIRY));
  }

  private static PendingLogin map(ResultSet row) throws SQLException {
    return new PendingLogin(
        row.getString("state"),
        new RegistrationKey(
            Issuer.of(row.getString("issuer")), ClientId.of(row.getString("client_id"))),
        row.getString("nonce"),
        row.getString("target_link_uri"),
        Optional.ofNullable(row.getString("deployment_id")).map(DeploymentId::of),
        row.getString("browser_binding"),
        Database.instant(row, "expires_at"),
        Optional.ofNullable(row.getString("storage_target")));
  }
}
