package dk.bif.store.jdbc.tool;

import dk.bif.core.curriculum.PartId;
import dk.bif.core.enrolment.CohortId;
import dk.bif.lti.launch.LmsCourse;
import dk.bif.lti.registration.ClientId;
import dk.bif.lti.registration.Deployment;
import dk.bif.lti.registration.DeploymentId;
import dk.bif.lti.registration.Issuer;
import dk.bif.lti.registration.RegistrationKey;
import dk.bif.store.jdbc.Database;
import dk.bif.tool.roster.RosterSource;
import dk.bif.tool.roster.RosterSources;
import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link RosterSources} in table {@code roster_source}. A claim is one conditional update of {@code
 * last_started}, so of two nodes only one starts a cohort's sync within the interval. Thread-safe.
 */
public final class JdbcRosterSources implements RosterSources {
  private final Database db;

  /**
   * @param db the database
   */
  public JdbcRosterSources(Database db) {
    this.db = Objects.requireNonNull(db, "db");
  }

  @Override
  public void save(RosterSource source) {
    Objects.requireNonNull(source, "source");
    LmsCourse c = source.course();
    db.replace(
        "save roster source",
        "update roster_source set issuer = ?, client_id = ?, deployment_id = ?, context_id = ?,"
            + " memberships_url = ?, part_id = ?, last_started = ?, last_synced = ?, last_error = ?"
            + " where cohort_id = ?",
        "insert into roster_source (issuer, client_id, deployment_id, context_id, memberships_url,"
            + " part_id, last_started, last_synced, last_error, cohort_id)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        c.deployment().registration().issuer().value(),
        c.deployment().registration().clientId().value(),
        c.deployment().id().value(),
        c.contextId(),
        source.memberships().toString(),
        source.part().map(PartId::value),
        source.lastStarted(),
        source.lastSynced(),
        source.lastError(),
        source.cohort().value());
  }

  @Override
  public Optional<RosterSource> find(CohortId cohort) {
    Objects.requireNonNull(cohort, "cohort");
    return db.queryOne(
        "find roster source",
        "select * from roster_source where cohort_id = ?",
        JdbcRosterSources::map,
        cohort.value());
  }

  @Override
  public boolean claim(CohortId cohort, Instant now, Duration interval) {
    Objects.requireNonNull(cohort, "cohort");
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(interval, "interval");
    return db.update(
            "claim roster sync",
            "update roster_source set last_started = ?"
                + " where cohort_id = ? and (last_started is null or last_started <= ?)",
            now,
            cohort.value(),
            now.minus(interval))
        == 1;
  }

  private static RosterSource map(ResultSet row) throws SQLException {
    return new RosterSource(
        CohortId.of(row.getString("cohort_id")),
        new LmsCourse(
            new Deployment(
                new RegistrationKey(
                    Issuer.of(row.getString("issuer")), ClientId.of(row.getString("client_id"))),
                DeploymentId.of(row.getString("deployment_id"))),
            row.getString("context_id")),
        URI.create(row.getString("memberships_url")),
        Optional.ofNullable(row.getString("part_id")).map(PartId::of),
        Optional.ofNullable(Database.instant(row, "last_started")),
        Optional.ofNullable(Database.instant(row, "last_synced")),
        Optional.ofNullable(row.getString("last_error")));
  }
}
