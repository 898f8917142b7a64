package dk.bif.store.jdbc;

import dk.bif.core.curriculum.PartId;
import dk.bif.core.enrolment.Progress;
import dk.bif.core.people.EmployeeId;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The parts each employee completed as the staff register says (table {@code part_completion}):
 * what the due-date rules read as an employee's {@link Progress} when the tool has no exam record
 * of its own. Thread-safe.
 */
public final class JdbcCompletions {
  private final Database db;

  /**
   * @param db the database
   */
  public JdbcCompletions(Database db) {
    this.db = Objects.requireNonNull(db, "db");
  }

  /**
   * Replaces an employee's completions with {@code progress}.
   *
   * @param employee the employee
   * @param progress the parts completed and when
   */
  public void replace(EmployeeId employee, Progress progress) {
    Objects.requireNonNull(employee, "employee");
    Objects.requireNonNull(progress, "progress");
    db.atomically(
        "save completions",
        c -> {
          Database.update(c, "delete from part_completion where employee_id = ?", employee.value());
          for (Map.Entry<PartId, java.time.LocalDate> e : progress.completedOn().entrySet()) {
            Database.update(
                c,
                "insert into part_completion (employee_id, part_id, completed_on) values (?, ?, ?)",
                employee.value(),
                e.getKey().value(),
                e.getValue());
          }
          return null;
        });
  }

  /**
   * @param employee an employee
   * @return the parts they completed; {@link Progress#NONE} when none is recorded
   */
  public Progress of(EmployeeId employee) {
    Map<PartId, java.time.LocalDate> completed = new HashMap<>();
    db.query(
            "read completions",
            "select part_id, completed_on from part_completion where employee_id = ?",
            row -> Map.entry(PartId.of(row.getString(1)), Database.date(row, "completed_on")),
            employee.value())
        .forEach(e -> completed.put(e.getKey(), e.getValue()));
    return new Progress(completed);
  }
}
