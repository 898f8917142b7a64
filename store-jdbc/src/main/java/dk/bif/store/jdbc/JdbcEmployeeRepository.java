package dk.bif.store.jdbc;

import dk.bif.core.people.CentreId;
import dk.bif.core.people.Employee;
import dk.bif.core.people.EmployeeId;
import dk.bif.core.port.EmployeeRepository;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@link EmployeeRepository} in table {@code employee}. Thread-safe. */
public final class JdbcEmployeeRepository implements EmployeeRepository {
  private static final String COLUMNS = "select document from employee ";

  private final Database db;

  /**
   * @param db the database
   */
  public JdbcEmployeeRepository(Database db) {
    this.db = Objects.requireNonNull(db, "db");
  }

  @Override
  public void save(Employee employee) {
    Objects.requireNonNull(employee, "employee");
    db.replace(
        "save employee",
        "update employee set centre_id = ?, leader_id = ?, document = ? where id = ?",
        "insert into employee (centre_id, leader_id, document, id) values (?, ?, ?, ?)",
        employee.centre().value(),
        employee.leader().map(EmployeeId::value),
        Documents.employee(employee),
        employee.id().value());
  }

  @Override
  public Optional<Employee> find(EmployeeId id) {
    return db.queryOne(
        "find employee", COLUMNS + "where id = ?", JdbcEmployeeRepository::map, id.value());
  }

  @Override
  public List<Employee> all() {
    return sorted(db.query("list employees", COLUMNS, JdbcEmployeeRepository::map));
  }

  @Override
  public List<Employee> reportingTo(EmployeeId leader) {
    return sorted(
        db.query(
            "list employees by leader",
            COLUMNS + "where leader_id = ?",
            JdbcEmployeeRepository::map,
            leader.value()));
  }

  @Override
  public List<Employee> inCentre(CentreId centre) {
    return sorted(
        db.query(
            "list employees by centre",
            COLUMNS + "where centre_id = ?",
            JdbcEmployeeRepository::map,
            centre.value()));
  }

  /** Ordered in Java, so that the order does not depend on the database's collation. */
  private static List<Employee> sorted(List<Employee> employees) {
    return employees.stream().sorted(Comparator.comparing(e -> e.id().value())).toList();
  }

  private static Employee map(java.sql.ResultSet row) throws java.sql.SQLException {
    return Documents.employee(row.getString("document"));
  }
}
