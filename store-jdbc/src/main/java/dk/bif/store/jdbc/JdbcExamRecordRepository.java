package dk.bif.store.jdbc;

import dk.bif.core.admission.Level;
import dk.bif.core.curriculum.PartId;
import dk.bif.core.exam.ExamRecord;
import dk.bif.core.exam.Grade;
import dk.bif.core.people.EmployeeId;
import dk.bif.core.port.ExamRecordRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@link ExamRecordRepository} in table {@code exam_record}. Every save that changes the grade the
 * LMS shows (the last graded attempt) writes a row to the audit log {@code grade_audit}: who, when,
 * old and new grade, in the same transaction as the record. Thread-safe.
 */
public final class JdbcExamRecordRepository implements ExamRecordRepository {
  private static final String COLUMNS =
      "select employee_id, part_id, level, document from exam_record ";

  private final Database db;
  private final Clock clock;
  private final Supplier<String> actor;

  /**
   * A repository whose grade changes are audited as made by {@code "system"} at the system time.
   *
   * @param db the database
   */
  public JdbcExamRecordRepository(Database db) {
    this(db, Clock.systemUTC(), () -> "system");
  }

  /**
   * @param db the database
   * @param clock stamps the audit log
   * @param actor who is making the change now (e.g. the signed-in examiner's id), never blank
   */
  public JdbcExamRecordRepository(Database db, Clock clock, Supplier<String> actor) {
    this.db = Objects.requireNonNull(db, "db");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.actor = Objects.requireNonNull(actor, "actor");
  }

  @Override
  public void save(ExamRecord record) {
    Objects.requireNonNull(record, "record");
    db.inTransaction(() -> saveAudited(record));
  }

  private void saveAudited(ExamRecord record) {
    Optional<Grade> before = find(record.employee(), record.part()).flatMap(Documents::latestGrade);
    Optional<Grade> after = Documents.latestGrade(record);
    if (!before.equals(after)) {
      String who = actor.get();
      if (who == null || who.isBlank()) {
        throw new IllegalStateException("a grade change needs the actor who makes it");
      }
      db.update(
          "audit grade change",
          "insert into grade_audit (employee_id, part_id, changed_at, changed_by, old_grade, new_grade)"
              + " values (?, ?, ?, ?, ?, ?)",
          record.employee().value(),
          record.part().value(),
          clock.instant(),
          who,
          before.map(Grade::text),
          after.map(Grade::text));
    }
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
