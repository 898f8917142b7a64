package dk.bif.store.jdbc;

import dk.bif.core.curriculum.PartId;
import dk.bif.core.exam.Grade;
import dk.bif.core.gradebook.GradeKey;
import dk.bif.core.gradebook.OutboxEntry;
import dk.bif.core.gradebook.OutboxState;
import dk.bif.core.gradebook.PendingGrade;
import dk.bif.core.people.EmployeeId;
import dk.bif.core.port.GradeOutbox;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * {@link GradeOutbox} in table {@code grade_outbox}, one row per participant and part. Writes take
 * part in the thread's {@link JdbcUnitOfWork}.
 *
 * <p>Several nodes claim from one table: on PostgreSQL {@link #claimDue} selects with {@code FOR
 * UPDATE SKIP LOCKED} and leases the rows in the same transaction, so two nodes never claim the
 * same entry and neither waits for the other; a node that dies holding a lease loses its claim when
 * the lease ends, and any node claims the entry again. Thread-safe.
 */
public final class JdbcGradeOutbox implements GradeOutbox {
  private static final String COLUMNS = "select * from grade_outbox ";
  private static final String KEY = " where employee_id = ? and part_id = ?";

  private final Database db;

  /**
   * @param db the database
   */
  public JdbcGradeOutbox(Database db) {
    this.db = Objects.requireNonNull(db, "db");
  }

  @Override
  public OutboxEntry enqueue(PendingGrade grade, Instant scoreTimestamp, Instant dueAt) {
    Objects.requireNonNull(grade, "grade");
    Objects.requireNonNull(scoreTimestamp, "scoreTimestamp");
    Objects.requireNonNull(dueAt, "dueAt");
    Object[] values = {
      grade.grade().map(Grade::text),
      grade.finalGrade(),
      grade.note(),
      grade.sittingOn(),
      grade.recordedAt(),
      scoreTimestamp,
      dueAt,
      grade.key().employee().value(),
      grade.key().part().value()
    };
    String supersede =
        "update grade_outbox set grade = ?, final_grade = ?, note = ?, sitting_on = ?,"
            + " recorded_at = ?, version = version + 1, score_timestamp = ?, state = 'PENDING',"
            + " attempts = 0, next_attempt_at = ?, last_answer = null"
            + KEY;
    String first =
        "insert into grade_outbox (grade, final_grade, note, sitting_on, recorded_at,"
            + " score_timestamp, next_attempt_at, employee_id, part_id, version, state, attempts)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 'PENDING', 0) on conflict do nothing";
    return db.atomically(
        "queue grade",
        c -> {
          if (Database.update(c, supersede, values) == 0
              && Database.update(c, first, values) == 0) {
            Database.update(c, supersede, values);
          }
          return find(c, grade.key()).orElseThrow();
        });
  }

  @Override
  public Optional<OutboxEntry> find(GradeKey key) {
    Objects.requireNonNull(key, "key");
    return db.withConnection("find outbox entry", c -> find(c, key));
  }

  private static Optional<OutboxEntry> find(Connection c, GradeKey key) throws SQLException {
    return Database.query(c, COLUMNS + KEY, JdbcGradeOutbox::map, keyOf(key)).stream().findFirst();
  }

  @Override
  public List<OutboxEntry> claimDue(Instant now, int max, Duration lease) {
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(lease, "lease");
    if (max < 1) {
      throw new IllegalArgumentException("max must be at least 1, got " + max);
    }
    Instant until = now.plus(lease);
    return db.claiming(
        "claim due grades",
        c -> {
          List<OutboxEntry> due =
              Database.query(
                  c,
                  COLUMNS
                      + "where state = 'PENDING' and next_attempt_at <= ?"
                      + " and (leased_until is null or leased_until <= ?)"
                      + " order by next_attempt_at, employee_id, part_id limit ?"
                      + " for update skip locked",
                  JdbcGradeOutbox::map,
                  now,
                  now,
                  max);
          try (PreparedStatement lease1 =
              c.prepareStatement("update grade_outbox set leased_until = ?" + KEY)) {
            List<OutboxEntry> claimed = new ArrayList<>();
            for (OutboxEntry e : due) {
              Database.bind(lease1, until, e.key().employee().value(), e.key().part().value());
              lease1.addBatch();
              claimed.add(
                  new OutboxEntry(
                      e.grade(),
                      e.version(),
                      e.scoreTimestamp(),
                      e.state(),
                      e.attempts(),
                      e.nextAttemptAt(),
                      Optional.of(until),
                      e.lastAnswer()));
            }
            if (!claimed.isEmpty()) {
              lease1.executeBatch();
            }
            return claimed;
          }
        });
  }

  @Override
  public boolean markDelivered(GradeKey key, long version, String answer) {
    return settle(key, version, "state = 'DELIVERED', attempts = attempts + 1", answer);
  }

  /**
   * {@inheritDoc}
   *
   * <p>In one transaction: one batch of updates for the versions that were sent, one for the lease
   * of those superseded meanwhile, whatever the number of deliveries.
   */
  @Override
  public Set<GradeKey> markDeliveredAll(List<Delivery> deliveries) {
    Delivery.keysOf(deliveries);
    if (deliveries.isEmpty()) return Set.of();
    return db.atomically(
        "settle delivered outbox entries",
        c -> {
          Set<GradeKey> delivered = new LinkedHashSet<>();
          List<GradeKey> superseded = new ArrayList<>();
          try (PreparedStatement settle =
              c.prepareStatement(
                  "update grade_outbox set state = 'DELIVERED', attempts = attempts + 1,"
                      + " leased_until = null, last_answer = ?"
                      + KEY
                      + " and version = ?")) {
            for (Delivery d : deliveries) {
              Database.bind(
                  settle,
                  d.answer(),
                  d.key().employee().value(),
                  d.key().part().value(),
                  d.version());
              settle.addBatch();
            }
            int[] changed = settle.executeBatch();
            for (int i = 0; i < deliveries.size(); i++) {
              GradeKey key = deliveries.get(i).key();
              if (changed[i] == 1
                  || changed[i] == Statement.SUCCESS_NO_INFO && isAt(c, deliveries.get(i))) {
                delivered.add(key);
              } else {
                superseded.add(key);
              }
            }
          }
          if (!superseded.isEmpty()) {
            try (PreparedStatement release =
                c.prepareStatement("update grade_outbox set leased_until = null" + KEY)) {
              for (GradeKey key : superseded) {
                Database.bind(release, keyOf(key));
                release.addBatch();
              }
              release.executeBatch();
            }
          }
          return delivered;
        });
  }

  /** Whether the entry was delivered at the given version (a driver that gave no row counts). */
  private static boolean isAt(Connection c, Delivery d) throws SQLException {
    return find(c, d.key())
        .filter(e -> e.version() == d.version() && e.state() == OutboxState.DELIVERED)
        .isPresent();
  }

  @Override
  public boolean reschedule(GradeKey key, long version, Instant nextAttemptAt, String answer) {
    Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
    return settle(
        key,
        version,
        "state = 'PENDING', attempts = attempts + 1, next_attempt_at = ?",
        answer,
        nextAttemptAt);
  }

  @Override
  public boolean deadLetter(GradeKey key, long version, String answer) {
    return settle(key, version, "state = 'DEAD', attempts = attempts + 1", answer);
  }

  @Override
  public boolean waitForDestination(GradeKey key, long version, String reason) {
    return settle(key, version, "state = 'WAITING'", reason);
  }

  @Override
  public int wakeWaiting(Instant now) {
    Objects.requireNonNull(now, "now");
    return db.update(
        "wake waiting grades",
        "update grade_outbox set state = 'PENDING', next_attempt_at = ? where state = 'WAITING'",
        now);
  }

  /** The outcome for {@code version}; for an older version only the lease ends. */
  private boolean settle(
      GradeKey key, long version, String assignments, String answer, Object... extra) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(answer, "answer");
    List<Object> parameters = new ArrayList<>(List.of(extra));
    parameters.add(answer);
    parameters.add(key.employee().value());
    parameters.add(key.part().value());
    parameters.add(version);
    return db.atomically(
        "settle outbox entry",
        c -> {
          if (Database.update(
                  c,
                  "update grade_outbox set "
                      + assignments
                      + ", leased_until = null, last_answer = ?"
                      + KEY
                      + " and version = ?",
                  parameters.toArray())
              == 1) {
            return true;
          }
          Database.update(c, "update grade_outbox set leased_until = null" + KEY, keyOf(key));
          return false;
        });
  }

  @Override
  public List<OutboxEntry> deadLetters() {
    return db
        .query("list dead grades", COLUMNS + "where state = 'DEAD'", JdbcGradeOutbox::map)
        .stream()
        .sorted(Comparator.comparing((OutboxEntry e) -> e.key().toString()))
        .toList();
  }

  @Override
  public List<OutboxEntry> waiting() {
    return db
        .query("list waiting grades", COLUMNS + "where state = 'WAITING'", JdbcGradeOutbox::map)
        .stream()
        .sorted(Comparator.comparing((OutboxEntry e) -> e.key().toString()))
        .toList();
  }

  @Override
  public boolean retry(GradeKey key, Instant now) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(now, "now");
    return db.update(
            "retry dead grade",
            "update grade_outbox set state = 'PENDING', attempts = 0, next_attempt_at = ?,"
                + " leased_until = null"
                + KEY
                + " and state = 'DEAD'",
            now,
            key.employee().value(),
            key.part().value())
        == 1;
  }

  @Override
  public long pendingCount() {
    return db.queryOne(
            "count pending grades",
            "select count(*) from grade_outbox where state = 'PENDING'",
            row -> row.getLong(1))
        .orElse(0L);
  }

  @Override
  public void release(GradeKey key, long version) {
    Objects.requireNonNull(key, "key");
    db.update(
        "release outbox entry",
        "update grade_outbox set leased_until = null" + KEY,
        key.employee().value(),
        key.part().value());
  }

  @Override
  public Optional<Instant> oldestPending() {
    return db.<Optional<Instant>>queryOne(
            "find the oldest pending grade",
            "select min(recorded_at) as oldest from grade_outbox where state = 'PENDING'",
            row -> Optional.ofNullable(Database.instant(row, "oldest")))
        .flatMap(o -> o);
  }

  private static Object[] keyOf(GradeKey key) {
    return new Object[] {key.employee().value(), key.part().value()};
  }

  private static OutboxEntry map(ResultSet row) throws SQLException {
    GradeKey key =
        new GradeKey(
            EmployeeId.of(row.getString("employee_id")), PartId.of(row.getString("part_id")));
    PendingGrade grade =
        new PendingGrade(
            key,
            Optional.ofNullable(row.getString("grade")).map(Grade::of),
            row.getBoolean("final_grade"),
            row.getString("note"),
            Database.date(row, "sitting_on"),
            Database.instant(row, "recorded_at"));
    return new OutboxEntry(
        grade,
        row.getLong("version"),
        Database.instant(row, "score_timestamp"),
        OutboxState.valueOf(row.getString("state")),
        row.getInt("attempts"),
        Database.instant(row, "next_attempt_at"),
        Optional.ofNullable(Database.instant(row, "leased_until")),
        Optional.ofNullable(row.getString("last_answer")));
  }
}
