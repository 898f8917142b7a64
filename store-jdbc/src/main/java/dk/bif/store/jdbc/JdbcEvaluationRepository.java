package dk.bif.store.jdbc;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.bif.core.enrolment.CohortId;
import dk.bif.core.evaluation.EvaluationResponse;
import dk.bif.core.evaluation.QuestionId;
import dk.bif.core.port.EvaluationRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@link EvaluationRepository} in table {@code evaluation_response}, in the order saved. The table
 * has no column for a participant: a response cannot be traced back to a person.
 */
public final class JdbcEvaluationRepository implements EvaluationRepository {
  private static final String COLUMNS =
      "select cohort_id, scores, free_text from evaluation_response ";

  private final Database db;

  /**
   * @param db the database
   */
  public JdbcEvaluationRepository(Database db) {
    this.db = Objects.requireNonNull(db, "db");
  }

  @Override
  public void save(EvaluationResponse response) {
    Objects.requireNonNull(response, "response");
    ObjectNode scores = Documents.JSON.createObjectNode();
    response.scores().entrySet().stream()
        .sorted(Map.Entry.comparingByKey(java.util.Comparator.comparing(QuestionId::value)))
        .forEach(e -> scores.put(e.getKey().value(), e.getValue()));
    db.update(
        "save evaluation",
        "insert into evaluation_response (cohort_id, scores, free_text) values (?, ?, ?)",
        response.cohort().value(),
        Documents.write(scores),
        response.freeText());
  }

  @Override
  public List<EvaluationResponse> forCohort(CohortId cohort) {
    return db.query(
        "list evaluations of cohort",
        COLUMNS + "where cohort_id = ? order by seq",
        JdbcEvaluationRepository::map,
        cohort.value());
  }

  @Override
  public List<EvaluationResponse> all() {
    return db.query("list evaluations", COLUMNS + "order by seq", JdbcEvaluationRepository::map);
  }

  private static EvaluationResponse map(ResultSet row) throws SQLException {
    Map<QuestionId, Integer> scores = new LinkedHashMap<>();
    Documents.read(row.getString("scores"), "evaluation scores")
        .fields()
        .forEachRemaining(e -> scores.put(QuestionId.of(e.getKey()), e.getValue().asInt()));
    return new EvaluationResponse(
        CohortId.of(row.getString("cohort_id")), scores, row.getString("free_text"));
  }
}
