package dk.bif.store.jdbc;

import dk.bif.core.admission.Level;
import dk.bif.core.curriculum.PartId;
import dk.bif.core.exam.ExamRecord;
import dk.bif.core.people.EmployeeId;
import dk.bif.core.port.ExamRecordRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@link ExamRecordRepository} in table {@code exam_record}. Thread-safe. */
public final class JdbcExamRecordRepository implements ExamRecordRepository {
  private static final String COLUMNS =
      "select employee_id, part_id, level, document from exam_record ";

  private final Database db;

  /**
   * @param db the database
   */
  public JdbcExamRecordRepository(Database db) {
    this.db = Objects.requireNonNull(db, "db");
  }

  @Override
  public void save(ExamRecord record) {
    Objects.requireNonNull(record, "record");
    db.replace(
        "save exam record",
        "update exam_record set level = ?, document = ? where employee_id = ? and part_id = ?",
        "insert into exam_record (level, document, employee_id, part_id) values (?, ?, ?, ?)",
        record.level().name(),
        Documents.examRecord(record),
        record.employee().value(),
        record.part().value());
  }

  @Override
  public Optional<ExamRecord> find(EmployeeId employee, PartId part) {
    return db.queryOne(
        "find exam record",
        COLUMNS + "where employee_id = ? and part_id = ?",
        JdbcExamRecordRepository::map,
        employee.value(),
        part.value());
  }

  @Override
  public List<ExamRecord> ofEmployee(EmployeeId employee) {
    return db
        .query(
            "list exam records",
            COLUMNS + "where employee_id = ?",
            JdbcExamRecordRepository::map,
            employee.value())
        .stream()
        .sorted(Comparator.comparing(r -> r.part().value()))
        .toList();
  }

  private static ExamRecord map(ResultSet row) throws SQLException {
    return Documents.examRecord(
        EmployeeId.of(row.getString("employee_id")),
        PartId.of(row.getString("part_id")),
        Level.valueOf(row.getString("level")),
        row.getString("document"));
  }
}
