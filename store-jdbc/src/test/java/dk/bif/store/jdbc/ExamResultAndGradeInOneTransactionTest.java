package dk.bif.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.bif.core.admission.Level;
import dk.bif.core.application.ExamService;
import dk.bif.core.attendance.AttendanceSheet;
import dk.bif.core.attendance.ExamEligibilityRule;
import dk.bif.core.curriculum.Catalogue;
import dk.bif.core.curriculum.PartId;
import dk.bif.core.enrolment.CohortId;
import dk.bif.core.enrolment.Enrolment;
import dk.bif.core.exam.AwardPolicy;
import dk.bif.core.exam.CompletionDeadlinePolicy;
import dk.bif.core.exam.ExamAttemptPolicy;
import dk.bif.core.gradebook.GradeKey;
import dk.bif.core.gradebook.OutboxEntry;
import dk.bif.core.gradebook.PendingGrade;
import dk.bif.core.people.EmployeeId;
import dk.bif.core.port.GradeOutbox;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The exam service records a result and queues its grade in one JDBC transaction: both are stored,
 * or neither is.
 */
class ExamResultAndGradeInOneTransactionTest {
  private static final EmployeeId ANN = EmployeeId.of("E1");
  private static final PartId DEL_1 = PartId.BIF_DEL_1;
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), ZoneOffset.UTC);

  /** An outbox that stores the grade and then fails, as a lost connection would. */
  private static final class FailingAfterWrite implements GradeOutbox {
    private final GradeOutbox real;

    FailingAfterWrite(GradeOutbox real) {
      this.real = real;
    }

    @Override
    public OutboxEntry enqueue(PendingGrade grade, Instant scoreTimestamp, Instant dueAt) {
      real.enqueue(grade, scoreTimestamp, dueAt);
      throw new IllegalStateException("the outbox failed after writing");
    }

    @Override
    public Optional<OutboxEntry> find(GradeKey key) {
      return real.find(key);
    }

    @Override
    public List<OutboxEntry> claimDue(Instant now, int max, Duration lease) {
      return real.claimDue(now, max, lease);
    }

    @Override
    public boolean markDelivered(GradeKey key, long version, String answer) {
      return real.markDelivered(key, version, answer);
    }

    @Override
    public boolean reschedule(GradeKey key, long version, Instant nextAttemptAt, String answer) {
      return real.reschedule(key, version, nextAttemptAt, answer);
    }

    @Override
    public boolean deadLetter(GradeKey key, long version, String answer) {
      return real.deadLetter(key, version, answer);
    }

    @Override
    public void release(GradeKey key, long version) {
      real.release(key, version);
    }

    @Override
    public boolean waitForDestination(GradeKey key, long version, String reason) {
      return real.waitForDestination(key, version, reason);
    }

    @Override
    public int wakeWaiting(Instant now) {
      return real.wakeWaiting(now);
    }

    @Override
    public Optional<Instant> oldestPending() {
      return real.oldestPending();
    }

    @Override
    public List<OutboxEntry> deadLetters() {
      return real.deadLetters();
    }

    @Override
    public List<OutboxEntry> waiting() {
      return real.waiting();
    }

    @Override
    public boolean retry(GradeKey key, Instant now) {
      return real.retry(key, now);
    }

    @Override
    public long pendingCount() {
      return real.pendingCount();
    }
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void aGradedSittingIsStoredTogetherWithItsQueuedGrade(Dialect dialect) {
    Database db = empty(dialect);
    JdbcGradeOutbox outbox = new JdbcGradeOutbox(db);

    service(db, outbox).grade(ANN, DEL_1, "7");

    assertThat(new JdbcExamRecordRepository(db).find(ANN, DEL_1)).isPresent();
    assertThat(outbox.find(new GradeKey(ANN, DEL_1)))
        .hasValueSatisfying(e -> assertThat(e.grade().grade()).map(g -> g.text()).contains("7"));
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void whenQueueingTheGradeFailsTheResultIsNotStoredEither(Dialect dialect) {
    Database db = empty(dialect);
    JdbcGradeOutbox outbox = new JdbcGradeOutbox(db);

    assertThatThrownBy(() -> service(db, new FailingAfterWrite(outbox)).grade(ANN, DEL_1, "7"))
        .hasMessageContaining("the outbox failed after writing");

    assertThat(new JdbcExamRecordRepository(db).find(ANN, DEL_1)).isEmpty();
    assertThat(outbox.find(new GradeKey(ANN, DEL_1))).isEmpty();
  }

  private static Database empty(Dialect dialect) {
    return dialect == Dialect.H2 ? TestDatabases.emptyH2() : TestDatabases.emptyPostgres();
  }

  private static ExamService service(Database db, GradeOutbox outbox) {
    Catalogue catalogue = Catalogue.builtIn();
    JdbcEnrolmentRepository enrolments = new JdbcEnrolmentRepository(db);
    JdbcAttendanceRepository attendance = new JdbcAttendanceRepository(db, catalogue);
    CohortId cohort = CohortId.of("H1");
    enrolments.save(new Enrolment(ANN, DEL_1, cohort, Level.DIPLOM, LocalDate.of(2026, 1, 5)));
    AttendanceSheet sheet = new AttendanceSheet(ANN, cohort, catalogue.requirePart(DEL_1));
    sheet.scheduledSessions().forEach(sheet::recordAttendance);
    attendance.save(sheet);
    return new ExamService(
        catalogue,
        enrolments,
        new JdbcExamRecordRepository(db),
        attendance,
        ExamEligibilityRule.everySessionAttendedOrExcused(),
        new ExamAttemptPolicy(),
        new AwardPolicy(),
        new CompletionDeadlinePolicy(),
        new JdbcUnitOfWork(db),
        outbox,
        CLOCK);
  }
}
