package dk.bif.store.jdbc;

import dk.bif.core.attendance.AttendanceSheet;
import dk.bif.core.curriculum.Catalogue;
import dk.bif.core.curriculum.PartId;
import dk.bif.core.enrolment.CohortId;
import dk.bif.core.people.EmployeeId;
import dk.bif.core.port.AttendanceRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link AttendanceRepository} in table {@code attendance_sheet}. A sheet stores its part by id and
 * finds the part again in the catalogue, so the catalogue must know every part a stored sheet
 * names. Thread-safe.
 */
public final class JdbcAttendanceRepository implements AttendanceRepository {
  private static final String COLUMNS =
      "select employee_id, cohort_id, part_id, document from attendance_sheet ";

  // one mapper per repository, so that a request's repeated reads are remembered
  // (Database#remembering)
  private final Database.RowMapper<AttendanceSheet> sheets = this::map;

  private final Database db;
  private final Catalogue catalogue;

  /**
   * @param db the database
   * @param catalogue where the sheets' parts are found
   */
  public JdbcAttendanceRepository(Database db, Catalogue catalogue) {
    this.db = Objects.requireNonNull(db, "db");
    this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
  }

  @Override
  public void save(AttendanceSheet sheet) {
    Objects.requireNonNull(sheet, "sheet");
    db.replace(
        "save attendance sheet",
        "update attendance_sheet set part_id = ?, document = ? where employee_id = ? and cohort_id = ?",
        "insert into attendance_sheet (part_id, document, employee_id, cohort_id) values (?, ?, ?, ?)",
        sheet.part().id().value(),
        Documents.attendance(sheet),
        sheet.employee().value(),
        sheet.cohort().value());
  }

  @Override
  public Optional<AttendanceSheet> find(EmployeeId employee, CohortId cohort) {
    return db.queryOne(
        "find attendance sheet",
        COLUMNS + "where employee_id = ? and cohort_id = ?",
        sheets,
        employee.value(),
        cohort.value());
  }

  @Override
  public List<AttendanceSheet> inCohort(CohortId cohort) {
    return db
        .query("list attendance of cohort", COLUMNS + "where cohort_id = ?", sheets, cohort.value())
        .stream()
        .sorted(Comparator.comparing(s -> s.employee().value()))
        .toList();
  }

  private AttendanceSheet map(ResultSet row) throws SQLException {
    return Documents.attendance(
        EmployeeId.of(row.getString("employee_id")),
        CohortId.of(row.getString("cohort_id")),
        PartId.of(row.getString("part_id")),
        row.getString("document"),
        catalogue);
  }
}
