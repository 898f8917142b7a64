package dk.bif.store.jdbc;

import dk.bif.core.admission.Level;
import dk.bif.core.curriculum.PartId;
import dk.bif.core.enrolment.CohortId;
import dk.bif.core.enrolment.Enrolment;
import dk.bif.core.enrolment.Withdrawal;
import dk.bif.core.people.EmployeeId;
import dk.bif.core.port.EnrolmentRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link EnrolmentRepository} in table {@code enrolment}; a withdrawal in {@code withdrawn_on} and
 * {@code withdrawal_reason}. Thread-safe.
 */
public final class JdbcEnrolmentRepository implements EnrolmentRepository {
  private static final String COLUMNS =
      "select employee_id, part_id, cohort_id, level, starts_on, withdrawn_on, withdrawal_reason"
          + " from enrolment ";

  private final Database db;

  /**
   * @param db the database
   */
  public JdbcEnrolmentRepository(Database db) {
    this.db = Objects.requireNonNull(db, "db");
  }

  @Override
  public void save(Enrolment enrolment) {
    Objects.requireNonNull(enrolment, "enrolment");
    db.replace(
        "save enrolment",
        "update enrolment set cohort_id = ?, level = ?, starts_on = ?, withdrawn_on = ?,"
            + " withdrawal_reason = ? where employee_id = ? and part_id = ?",
        "insert into enrolment (cohort_id, level, starts_on, withdrawn_on, withdrawal_reason,"
            + " employee_id, part_id) values (?, ?, ?, ?, ?, ?, ?)",
        enrolment.cohort().value(),
        enrolment.level().name(),
        enrolment.startsOn(),
        enrolment.withdrawal().map(Withdrawal::on),
        enrolment.withdrawal().map(Withdrawal::reason),
        enrolment.employee().value(),
        enrolment.part().value());
  }

  @Override
  public Optional<Enrolment> find(EmployeeId employee, PartId part) {
    return db.queryOne(
        "find enrolment",
        COLUMNS + "where employee_id = ? and part_id = ?",
        JdbcEnrolmentRepository::map,
        employee.value(),
        part.value());
  }

  @Override
  public List<Enrolment> ofEmployee(EmployeeId employee) {
    return db
        .query(
            "list enrolments of employee",
            COLUMNS + "where employee_id = ?",
            JdbcEnrolmentRepository::map,
            employee.value())
        .stream()
        .sorted(Comparator.comparing(Enrolment::startsOn).thenComparing(e -> e.part().value()))
        .toList();
  }

  @Override
  public List<Enrolment> inCohort(CohortId cohort) {
    return db
        .query(
            "list enrolments of cohort",
            COLUMNS + "where cohort_id = ?",
            JdbcEnrolmentRepository::map,
            cohort.value())
        .stream()
        .sorted(Comparator.comparing(e -> e.employee().value()))
        .toList();
  }

  private static Enrolment map(ResultSet row) throws SQLException {
    String reason = row.getString("withdrawal_reason");
    return new Enrolment(
        EmployeeId.of(row.getString("employee_id")),
        PartId.of(row.getString("part_id")),
        CohortId.of(row.getString("cohort_id")),
        Level.valueOf(row.getString("level")),
        Database.date(row, "starts_on"),
        reason == null
            ? Optional.empty()
            : Optional.of(new Withdrawal(Database.date(row, "withdrawn_on"), reason)));
  }
}
