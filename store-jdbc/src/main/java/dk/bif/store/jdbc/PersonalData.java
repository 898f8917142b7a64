package dk.bif.store.jdbc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
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
 * grade outbox and routes, LMS links, their entries in roster snapshots) and replaces their id with
 * a random pseudonym where it stays as history: the grade audit log (as the participant and as the
 * one who made a change), ratings they gave, agreements they made as leader, and the leader of the
 * employees who reported to them (column and stored document alike, so an employee's leader and the
 * leader of their agreed goals stay the same pseudonym and the goals can still take feedback from
 * whoever HR records next). Evaluations carry no identity and are untouched. Thread-safe.
 */
public final class PersonalData {
  private final Database db;
  private final Supplier<String> pseudonyms;

  /**
   * @param db the database
   */
  public PersonalData(Database db) {
    this(db, () -> "erased-" + UUID.randomUUID());
  }

  PersonalData(Database db, Supplier<String> pseudonyms) {
    this.db = Objects.requireNonNull(db, "db");
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
          deleted.put("roster_snapshot members", removeFromRosters(c, id));
          for (String table :
              List.of(
                  "employee:id",
                  "enrolment:employee_id",
                  "attendance_sheet:employee_id",
                  "exam_record:employee_id",
                  "learning_goal_agreement:employee_id",
                  "rating:employee_id",
                  "grade_outbox:employee_id",
                  "grade_route:employee_id",
                  "lms_person_link:employee_id",
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

  /** Removes the person's LMS accounts from every stored roster. */
  private static int removeFromRosters(Connection c, String id) throws SQLException {
    List<String[]> subjects =
        Database.query(
            c,
            "select issuer, client_id, subject from lms_person_link where employee_id = ?",
            row -> new String[] {row.getString(1), row.getString(2), row.getString(3)},
            id);
    int removed = 0;
    for (String[] s : subjects) {
      List<String[]> rosters =
          Database.query(
              c,
              "select deployment_id, context_id, members from roster_snapshot"
                  + " where issuer = ? and client_id = ?",
              row -> new String[] {row.getString(1), row.getString(2), row.getString(3)},
              s[0],
              s[1]);
      for (String[] r : rosters) {
        ArrayNode kept = Documents.JSON.createArrayNode();
        int before = 0;
        for (JsonNode member : Documents.read(r[2], "roster members")) {
          before++;
          if (!member.path("userId").asText().equals(s[2])) {
            kept.add(member);
          }
        }
        if (kept.size() < before) {
          removed += before - kept.size();
          Database.update(
              c,
              "update roster_snapshot set members = ? where issuer = ? and client_id = ?"
                  + " and deployment_id = ? and context_id = ?",
              Documents.write(kept),
              s[0],
              s[1],
              r[0],
              r[1]);
        }
      }
    }
    return removed;
  }
}
