package dk.bif.store.jdbc;

import dk.bif.core.curriculum.PartId;
import dk.bif.core.goals.LearningGoalAgreement;
import dk.bif.core.people.EmployeeId;
import dk.bif.core.port.LearningGoalRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@link LearningGoalRepository} in table {@code learning_goal_agreement}. Thread-safe. */
public final class JdbcLearningGoalRepository implements LearningGoalRepository {
  private static final String COLUMNS =
      "select employee_id, part_id, leader_id, document from learning_goal_agreement ";

  private final Database db;

  /**
   * @param db the database
   */
  public JdbcLearningGoalRepository(Database db) {
    this.db = Objects.requireNonNull(db, "db");
  }

  @Override
  public void save(LearningGoalAgreement agreement) {
    Objects.requireNonNull(agreement, "agreement");
    db.replace(
        "save learning-goal agreement",
        "update learning_goal_agreement set leader_id = ?, document = ? where employee_id = ? and part_id = ?",
        "insert into learning_goal_agreement (leader_id, document, employee_id, part_id) values (?, ?, ?, ?)",
        agreement.leader().value(),
        Documents.agreement(agreement),
        agreement.employee().value(),
        agreement.part().value());
  }

  @Override
  public Optional<LearningGoalAgreement> find(EmployeeId employee, PartId part) {
    return db.queryOne(
        "find learning-goal agreement",
        COLUMNS + "where employee_id = ? and part_id = ?",
        JdbcLearningGoalRepository::map,
        employee.value(),
        part.value());
  }

  @Override
  public List<LearningGoalAgreement> ofEmployee(EmployeeId employee) {
    return db
        .query(
            "list agreements of employee",
            COLUMNS + "where employee_id = ?",
            JdbcLearningGoalRepository::map,
            employee.value())
        .stream()
        .sorted(Comparator.comparing((LearningGoalAgreement a) -> a.part().value()))
        .toList();
  }

  @Override
  public List<LearningGoalAgreement> agreedBy(EmployeeId leader) {
    return db
        .query(
            "list agreements of leader",
            COLUMNS + "where leader_id = ?",
            JdbcLearningGoalRepository::map,
            leader.value())
        .stream()
        .sorted(
            Comparator.comparing((LearningGoalAgreement a) -> a.employee().value())
                .thenComparing(a -> a.part().value()))
        .toList();
  }

  private static LearningGoalAgreement map(ResultSet row) throws SQLException {
    return Documents.agreement(
        EmployeeId.of(row.getString("employee_id")),
        EmployeeId.of(row.getString("leader_id")),
        PartId.of(row.getString("part_id")),
        row.getString("document"));
  }
}
