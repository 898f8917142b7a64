package dk.bif.store.jdbc;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.bif.core.curriculum.PartId;
import dk.bif.core.exam.ExamAttempt;
import dk.bif.core.exam.ExamRecord;
import dk.bif.core.exam.Grade;
import dk.bif.core.people.EmployeeId;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A person's data across every table (GDPR art. 17 and art. 30): erase it on request, read the
 * audit log of grade changes.
 *
 * <p>Erasure runs in one transaction. It copies the person's exam sittings to the anonymous
 * statistics (part, level, outcome, grade, year: nothing that points back), deletes every row about
 * the person (employee, enrolments, attendance, exam records, learning goals, ratings of them,
 * grade outbox, and whatever the {@link PersonErasure}s of other modules name: LMS links, grade
 * routes, roster entries) and replaces their id with a random pseudonym where it stays as history:
 * the grade audit log (as the participant and as the one who made a change), ratings they gave,
 * agreements they made as leader, and the leader of the employees who reported to them (column and
 * stored document alike, so an employee's leader and the leader of their agreed goals stay the same
 * pseudonym and the goals can still take feedback from whoever HR records next). Evaluations carry
 * no identity and are untouched. Thread-safe.
 */
public final class PersonalData {
  private final Database db;
  private final List<PersonErasure> others;
  private final Supplier<String> pseudonyms;

  /**
   * @param db the database
   */
  public PersonalData(Database db) {
    this(db, List.of());
  }

  /**
   * @param db the database
   * @param others what other modules keep about a person on the same database (the LMS links, say),
   *     erased first in the same transaction
   */
  public PersonalData(Database db, List<PersonErasure> others) {
    this(db, others, () -> "erased-" + UUID.randomUUID());
  }

  PersonalData(Database db, List<PersonErasure> others, Supplier<String> pseudonyms) {
    this.db = Objects.requireNonNull(db, "db");
    this.others = List.copyOf(others);
    this.pseudonyms = Objects.requireNonNull(pseudonyms, "pseudonyms");
  }

  /**
   * Erases one person.
   *
   * @param person the person's employee id
   * @return what was deleted, pseudonymised and kept anonymously; all zero for an unknown person
   */
  public ErasureReport erase(EmployeeId person) {
    Objects.requireNonNull(person, "person");
    String pseudonym = pseudonyms.get();
    String id = person.value();
    return db.atomically(
        "erase personal data",
        c -> {
          int kept = keepExamResultsAnonymously(c, person);
          Map<String, Integer> deleted = new LinkedHashMap<>();
          for (PersonErasure other : others) deleted.putAll(other.erase(c, id));
          for (String table :
              List.of(
                  "employee:id",
                  "enrolment:employee_id",
                  "attendance_sheet:employee_id",
                  "exam_record:employee_id",
                  "learning_goal_agreement:employee_id",
                  "rating:employee_id",
                  "grade_outbox:employee_id",
                  "part_completion:employee_id")) {
            String[] t = table.split(":");
            deleted.put(
                t[0], Database.update(c, "delete from " + t[0] + " where " + t[1] + " = ?", id));
          }
          Map<String, Integer> pseudonymised = new LinkedHashMap<>();
          pseudonymised.put("employee", pseudonymiseLeader(c, id, pseudonym));
          for (String column :
              List.of(
                  "grade_audit:employee_id",
                  "grade_audit:changed_by",
                  "rating:rater_id",
                  "learning_goal_agreement:leader_id")) {
            String[] t = column.split(":");
            pseudonymised.merge(
                t[0],
                Database.update(
                    c,
                    "update " + t[0] + " set " + t[1] + " = ? where " + t[1] + " = ?",
                    pseudonym,
                    id),
                Integer::sum);
          }
          return new ErasureReport(pseudonym, deleted, pseudonymised, kept);
        });
  }

  /**
   * The audit log of one person's grades, oldest first.
   *
   * @param person an employee id, or the pseudonym from an erasure
   * @return the changes; empty when none
   */
  public List<GradeChange> gradeChanges(String person) {
    Objects.requireNonNull(person, "person");
    return db.query(
        "read grade audit",
        "select * from grade_audit where employee_id = ? order by seq",
        row ->
            new GradeChange(
                row.getString("employee_id"),
                PartId.of(row.getString("part_id")),
                Database.instant(row, "changed_at"),
                row.getString("changed_by"),
                Optional.ofNullable(row.getString("old_grade")).map(Grade::of),
                Optional.ofNullable(row.getString("new_grade")).map(Grade::of)),
        person);
  }

  /**
   * The anonymous statistics kept of erased persons: sittings by part and outcome (a grade, or
   * NO_SHOW, SICKNESS, WITHDRAWAL).
   *
   * @return counts by {@code part/outcome}, e.g. {@code bif-del-1/7}
   */
  public Map<String, Integer> anonymousExamResults() {
    Map<String, Integer> counts = new java.util.TreeMap<>();
    db.query(
            "read anonymous results",
            "select part_id, outcome, grade from anonymous_exam_result",
            row ->
                row.getString("part_id")
                    + "/"
                    + Optional.ofNullable(row.getString("grade")).orElse(row.getString("outcome")))
        .forEach(k -> counts.merge(k, 1, Integer::sum));
    return counts;
  }

  private int keepExamResultsAnonymously(Connection c, EmployeeId person) throws SQLException {
    List<ExamRecord> records =
        Database.query(
            c,
            "select employee_id, part_id, level, document from exam_record where employee_id = ?",
            row ->
                Documents.examRecord(
                    person,
                    PartId.of(row.getString("part_id")),
                    dk.bif.core.admission.Level.valueOf(row.getString("level")),
                    row.getString("document")),
            person.value());
    int kept = 0;
    for (ExamRecord record : records) {
      for (ExamAttempt attempt : record.attempts()) {
        String outcome = attempt.outcome().getClass().getSimpleName();
        kept +=
            Database.update(
                c,
                "insert into anonymous_exam_result (part_id, level, outcome, grade, sitting_year)"
                    + " values (?, ?, ?, ?, ?)",
                record.part().value(),
                record.level().name(),
                outcome,
                attempt.grade().map(Grade::text),
                attempt.sittingOn().getYear());
      }
    }
    return kept;
  }

  /**
   * Replaces the erased leader with the pseudonym in the employees who reported to them: in the
   * {@code leader_id} column and in each stored document, which {@code find} reads.
   */
  private static int pseudonymiseLeader(Connection c, String id, String pseudonym)
      throws SQLException {
    List<String[]> reports =
        Database.query(
            c,
            "select id, document from employee where leader_id = ?",
            row -> new String[] {row.getString(1), row.getString(2)},
            id);
    for (String[] r : reports) {
      ObjectNode document = (ObjectNode) Documents.read(r[1], "employee " + r[0]);
      document.put("leader", pseudonym);
      Database.update(
          c,
          "update employee set leader_id = ?, document = ? where id = ?",
          pseudonym,
          Documents.write(document),
          r[0]);
    }
    return reports.size();
  }
}
