package dk.bif.store.jdbc.tool;

import dk.bif.lti.registration.ClientId;
import dk.bif.lti.registration.Deployment;
import dk.bif.lti.registration.DeploymentId;
import dk.bif.lti.registration.Issuer;
import dk.bif.lti.registration.RegistrationKey;
import dk.bif.store.jdbc.Database;
import dk.bif.tool.bridge.PlacedLink;
import dk.bif.tool.bridge.Placement;
import dk.bif.tool.bridge.Placements;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link Placements} in table {@code placement_choice}, one row per resource link of a deployment:
 * a choice saved on one node is what every node reads on the next launch. Thread-safe.
 */
public final class JdbcPlacements implements Placements {
  private static final String KEY =
      " where issuer = ? and client_id = ? and deployment_id = ? and resource_link_id = ?";

  private final Database db;

  /**
   * @param db the database
   */
  public JdbcPlacements(Database db) {
    this.db = Objects.requireNonNull(db, "db");
  }

  @Override
  public void unplacedLaunch(PlacedLink link, Optional<String> sent, Instant at) {
    Objects.requireNonNull(sent, "sent");
    Objects.requireNonNull(at, "at");
    upsert(link, "sent_activity", sent.orElse(null), at, "note an unplaced launch");
  }

  @Override
  public void choose(PlacedLink link, String activity, Instant at) {
    Objects.requireNonNull(activity, "activity");
    Objects.requireNonNull(at, "at");
    upsert(link, "chosen_activity", activity, at, "choose a placement's activity");
  }

  private void upsert(PlacedLink link, String column, String value, Instant at, String what) {
    Objects.requireNonNull(link, "link");
    db.atomically(
        what,
        c -> {
          if (update(c, link, column, value, at) == 0 && insert(c, link, column, value, at) == 0) {
            update(c, link, column, value, at);
          }
          return null;
        });
  }

  private static int update(Connection c, PlacedLink l, String column, String value, Instant at)
      throws SQLException {
    return Database.update(
        c,
        "update placement_choice set " + column + " = ?, last_seen = ?" + KEY,
        value,
        at,
        l.deployment().registration().issuer().value(),
        l.deployment().registration().clientId().value(),
        l.deployment().id().value(),
        l.resourceLinkId());
  }

  private static int insert(Connection c, PlacedLink l, String column, String value, Instant at)
      throws SQLException {
    return Database.update(
        c,
        "insert into placement_choice (issuer, client_id, deployment_id, resource_link_id, "
            + column
            + ", last_seen) values (?, ?, ?, ?, ?, ?) on conflict do nothing",
        l.deployment().registration().issuer().value(),
        l.deployment().registration().clientId().value(),
        l.deployment().id().value(),
        l.resourceLinkId(),
        value,
        at);
  }

  @Override
  public Optional<Placement> find(PlacedLink link) {
    Objects.requireNonNull(link, "link");
    return db.queryOne(
        "find a placement's activity",
        "select issuer, client_id, deployment_id, resource_link_id, sent_activity,"
            + " chosen_activity, last_seen from placement_choice"
            + KEY,
        row ->
            new Placement(
                new PlacedLink(
                    new Deployment(
                        new RegistrationKey(
                            Issuer.of(row.getString("issuer")),
                            ClientId.of(row.getString("client_id"))),
                        DeploymentId.of(row.getString("deployment_id"))),
                    row.getString("resource_link_id")),
                Optional.ofNullable(row.getString("sent_activity")),
                Optional.ofNullable(row.getString("chosen_activity")),
                Database.instant(row, "last_seen")),
        link.deployment().registration().issuer().value(),
        link.deployment().registration().clientId().value(),
        link.deployment().id().value(),
        link.resourceLinkId());
  }
}
