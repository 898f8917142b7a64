package dk.bif.store.jdbc.tool;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dk.bif.core.curriculum.PartId;
import dk.bif.core.enrolment.CohortId;
import dk.bif.lti.registration.ClientId;
import dk.bif.lti.registration.Deployment;
import dk.bif.lti.registration.DeploymentId;
import dk.bif.lti.registration.Issuer;
import dk.bif.lti.registration.RegistrationKey;
import dk.bif.store.jdbc.Database;
import dk.bif.store.jdbc.JsonColumn;
import dk.bif.tool.grades.ExamPlacement;
import dk.bif.tool.grades.ExamPlacements;
import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link ExamPlacements} in table {@code exam_placement}: one row per cohort, part and deployment;
 * a later launch replaces it. Thread-safe.
 */
public final class JdbcExamPlacements implements ExamPlacements {
  private static final Comparator<ExamPlacement> ORDER =
      Comparator.comparing((ExamPlacement p) -> p.deployment().registration().issuer().value())
          .thenComparing(p -> p.deployment().registration().clientId().value())
          .thenComparing(p -> p.deployment().id().value());

  private final Database db;

  /**
   * @param db the database
   */
  public JdbcExamPlacements(Database db) {
    this.db = Objects.requireNonNull(db, "db");
  }

  @Override
  public void record(ExamPlacement placement) {
    Objects.requireNonNull(placement, "placement");
    ArrayNode scopes = JsonColumn.JSON.createArrayNode();
    placement.scopes().forEach(scopes::add);
    Deployment d = placement.deployment();
    db.replace(
        "record exam placement",
        "update exam_placement set resource_link_id = ?, line_item = ?, line_items = ?,"
            + " scopes = ?, recorded_at = ? where cohort_id = ? and part_id = ? and issuer = ?"
            + " and client_id = ? and deployment_id = ?",
        "insert into exam_placement (resource_link_id, line_item, line_items, scopes,"
            + " recorded_at, cohort_id, part_id, issuer, client_id, deployment_id)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        placement.resourceLinkId(),
        placement.lineItem().map(URI::toString),
        placement.lineItems().map(URI::toString),
        JsonColumn.write(scopes),
        placement.recordedAt(),
        placement.cohort().value(),
        placement.part().value(),
        d.registration().issuer().value(),
        d.registration().clientId().value(),
        d.id().value());
  }

  @Override
  public List<ExamPlacement> of(CohortId cohort, PartId part) {
    return db
        .query(
            "list exam placements",
            "select * from exam_placement where cohort_id = ? and part_id = ?",
            JdbcExamPlacements::map,
            cohort.value(),
            part.value())
        .stream()
        .sorted(ORDER)
        .toList();
  }

  private static ExamPlacement map(ResultSet row) throws SQLException {
    List<String> scopes = new ArrayList<>();
    JsonColumn.read(row.getString("scopes"), "exam placement scopes")
        .forEach(s -> scopes.add(s.asText()));
    return new ExamPlacement(
        CohortId.of(row.getString("cohort_id")),
        PartId.of(row.getString("part_id")),
        new Deployment(
            new RegistrationKey(
                Issuer.of(row.getString("issuer")), ClientId.of(row.getString("client_id"))),
            DeploymentId.of(row.getString("deployment_id"))),
        Optional.ofNullable(row.getString("resource_link_id")),
        Optional.ofNullable(row.getString("line_item")).map(URI::create),
        Optional.ofNullable(row.getString("line_items")).map(URI::create),
        scopes,
        Database.instant(row, "recorded_at"));
  }
}
