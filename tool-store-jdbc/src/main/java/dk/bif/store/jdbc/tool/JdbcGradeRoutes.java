package dk.bif.store.jdbc.tool;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dk.bif.core.curriculum.PartId;
import dk.bif.core.people.EmployeeId;
import dk.bif.lti.registration.ClientId;
import dk.bif.lti.registration.Deployment;
import dk.bif.lti.registration.DeploymentId;
import dk.bif.lti.registration.Issuer;
import dk.bif.lti.registration.RegistrationKey;
import dk.bif.store.jdbc.Database;
import dk.bif.store.jdbc.JsonColumn;
import dk.bif.tool.grades.GradeRoute;
import dk.bif.tool.grades.GradeRoutes;
import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link GradeRoutes} in table {@code grade_route}: one row per participant, part and deployment; a
 * later launch replaces it. Thread-safe.
 */
public final class JdbcGradeRoutes implements GradeRoutes {
  private static final Comparator<GradeRoute> ORDER =
      Comparator.comparing((GradeRoute r) -> r.deployment().registration().issuer().value())
          .thenComparing(r -> r.deployment().registration().clientId().value())
          .thenComparing(r -> r.deployment().id().value());

  private final Database db;

  /**
   * @param db the database
   */
  public JdbcGradeRoutes(Database db) {
    this.db = Objects.requireNonNull(db, "db");
  }

  @Override
  public void record(GradeRoute route) {
    Objects.requireNonNull(route, "route");
    ArrayNode scopes = JsonColumn.JSON.createArrayNode();
    route.scopes().forEach(scopes::add);
    Deployment d = route.deployment();
    db.replace(
        "record grade route",
        "update grade_route set subject = ?, resource_link_id = ?, line_item = ?, line_items = ?,"
            + " scopes = ?, recorded_at = ? where employee_id = ? and part_id = ? and issuer = ?"
            + " and client_id = ? and deployment_id = ?",
        "insert into grade_route (subject, resource_link_id, line_item, line_items, scopes,"
            + " recorded_at, employee_id, part_id, issuer, client_id, deployment_id)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        route.subject(),
        route.resourceLinkId(),
        route.lineItem().map(URI::toString),
        route.lineItems().map(URI::toString),
        JsonColumn.write(scopes),
        route.recordedAt(),
        route.employee().value(),
        route.part().value(),
        d.registration().issuer().value(),
        d.registration().clientId().value(),
        d.id().value());
  }

  @Override
  public List<GradeRoute> of(EmployeeId employee, PartId part) {
    return db
        .query(
            "list grade routes",
            "select * from grade_route where employee_id = ? and part_id = ?",
            JdbcGradeRoutes::map,
            employee.value(),
            part.value())
        .stream()
        .sorted(ORDER)
        .toList();
  }

  private static GradeRoute map(ResultSet row) throws SQLException {
    List<String> scopes = new ArrayList<>();
    JsonColumn.read(row.getString("scopes"), "grade route scopes")
        .forEach(s -> scopes.add(s.asText()));
    return new GradeRoute(
        EmployeeId.of(row.getString("employee_id")),
        PartId.of(row.getString("part_id")),
        new Deployment(
            new RegistrationKey(
                Issuer.of(row.getString("issuer")), ClientId.of(row.getString("client_id"))),
            DeploymentId.of(row.getString("deployment_id"))),
        row.getString("subject"),
        Optional.ofNullable(row.getString("resource_link_id")),
        Optional.ofNullable(row.getString("line_item")).map(URI::create),
        Optional.ofNullable(row.getString("line_items")).map(URI::create),
        scopes,
        Database.instant(row, "recorded_at"));
  }
}
