package dk.bif.store.jdbc.tool;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.bif.lti.launch.LmsCourse;
import dk.bif.lti.nrps.MemberStatus;
import dk.bif.lti.nrps.RosterMember;
import dk.bif.lti.nrps.RosterSnapshot;
import dk.bif.lti.nrps.RosterSnapshots;
import dk.bif.store.jdbc.Database;
import dk.bif.store.jdbc.JsonColumn;
import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link RosterSnapshots} in table {@code roster_snapshot}: the last roster of each course, its
 * members as a JSON document. A member's name and e-mail are kept only when the snapshot carries
 * them (the platform shared them and the tool asked). Thread-safe.
 */
public final class JdbcRosterSnapshots implements RosterSnapshots {
  private final Database db;

  /**
   * @param db the database
   */
  public JdbcRosterSnapshots(Database db) {
    this.db = Objects.requireNonNull(db, "db");
  }

  @Override
  public void save(RosterSnapshot snapshot) {
    Objects.requireNonNull(snapshot, "snapshot");
    ArrayNode members = JsonColumn.JSON.createArrayNode();
    for (RosterMember m : snapshot.members()) {
      ObjectNode node =
          members.addObject().put("userId", m.userId()).put("status", m.status().name());
      m.name().ifPresent(n -> node.put("name", n));
      m.email().ifPresent(e -> node.put("email", e));
      ArrayNode roles = node.putArray("roles");
      m.roles().forEach(roles::add);
    }
    LmsCourse c = snapshot.course();
    db.replace(
        "save roster snapshot",
        "update roster_snapshot set members = ?, differences = ?, taken_at = ?"
            + " where issuer = ? and client_id = ? and deployment_id = ? and context_id = ?",
        "insert into roster_snapshot (members, differences, taken_at, issuer, client_id,"
            + " deployment_id, context_id) values (?, ?, ?, ?, ?, ?, ?)",
        JsonColumn.write(members),
        snapshot.differences().map(URI::toString),
        snapshot.takenAt(),
        c.deployment().registration().issuer().value(),
        c.deployment().registration().clientId().value(),
        c.deployment().id().value(),
        c.contextId());
  }

  @Override
  public Optional<RosterSnapshot> find(LmsCourse course) {
    Objects.requireNonNull(course, "course");
    return db.queryOne(
        "find roster snapshot",
        "select members, differences, taken_at from roster_snapshot"
            + " where issuer = ? and client_id = ? and deployment_id = ? and context_id = ?",
        row -> map(course, row),
        course.deployment().registration().issuer().value(),
        course.deployment().registration().clientId().value(),
        course.deployment().id().value(),
        course.contextId());
  }

  private static RosterSnapshot map(LmsCourse course, ResultSet row) throws SQLException {
    List<RosterMember> members = new ArrayList<>();
    for (JsonNode m : JsonColumn.read(row.getString("members"), "roster members")) {
      List<String> roles = new ArrayList<>();
      m.path("roles").forEach(r -> roles.add(r.asText()));
      members.add(
          new RosterMember(
              m.path("userId").asText(),
              Optional.ofNullable(m.get("name")).map(JsonNode::asText),
              Optional.ofNullable(m.get("email")).map(JsonNode::asText),
              roles,
              MemberStatus.valueOf(m.path("status").asText())));
    }
    return new RosterSnapshot(
        course,
        members,
        Optional.ofNullable(row.getString("differences")).map(URI::create),
        Database.instant(row, "taken_at"));
  }
}
