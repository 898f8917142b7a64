package dk.bif.store.jdbc;

import dk.bif.core.competence.CompetenceId;
import dk.bif.core.competence.RaterRole;
import dk.bif.core.competence.Rating;
import dk.bif.core.competence.RatingHistory;
import dk.bif.core.people.EmployeeId;
import dk.bif.core.port.RatingRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/** {@link RatingRepository} in table {@code rating}, append-only, in the order appended. */
public final class JdbcRatingRepository implements RatingRepository {
  private final Database db;

  /**
   * @param db the database
   */
  public JdbcRatingRepository(Database db) {
    this.db = Objects.requireNonNull(db, "db");
  }

  @Override
  public void append(Rating rating) {
    Objects.requireNonNull(rating, "rating");
    db.update(
        "append rating",
        "insert into rating (employee_id, competence_id, level, role, rater_id, rated_on, note)"
            + " values (?, ?, ?, ?, ?, ?, ?)",
        rating.employee().value(),
        rating.competence().value(),
        rating.level(),
        rating.role().name(),
        rating.rater().value(),
        rating.date(),
        rating.note());
  }

  @Override
  public RatingHistory historyOf(EmployeeId employee) {
    return RatingHistory.of(
        employee,
        db.query(
            "read rating history",
            "select employee_id, competence_id, level, role, rater_id, rated_on, note from rating"
                + " where employee_id = ? order by seq",
            JdbcRatingRepository::map,
            employee.value()));
  }

  @Override
  public Set<EmployeeId> ratedEmployees() {
    return new LinkedHashSet<>(
        db.query(
            "list rated employees",
            "select distinct employee_id from rating",
            row -> EmployeeId.of(row.getString("employee_id"))));
  }

  private static Rating map(ResultSet row) throws SQLException {
    return new Rating(
        EmployeeId.of(row.getString("employee_id")),
        CompetenceId.of(row.getString("competence_id")),
        row.getInt("level"),
        RaterRole.valueOf(row.getString("role")),
        EmployeeId.of(row.getString("rater_id")),
        Database.date(row, "rated_on"),
        row.getString("note"));
  }
}
