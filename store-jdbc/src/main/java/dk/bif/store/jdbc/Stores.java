package dk.bif.store.jdbc;

import dk.bif.core.curriculum.Catalogue;
import dk.bif.core.port.ProgrammeStores;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Every JDBC store of the programme core on one database: open it once per process, share it
 * between threads, close it at shutdown. The LTI tool's stores sit beside them on the same database
 * ({@code bif-tool-store-jdbc}).
 *
 * <p>Where the database is: {@link #open(StoreSettings, Clock)}, or {@link #fromEnvironment} which
 * reads {@code BIF_DB_URL}/{@code BIF_DB_USER}/{@code BIF_DB_PASSWORD}, then a properties file
 * named by {@code BIF_DB_CONFIG}, and falls back to embedded H2 under {@code ~/.bif/data}.
 */
public final class Stores implements ProgrammeStores, AutoCloseable {
  /** Environment variable naming a properties file with {@code db.url}, {@code db.user}, ... */
  public static final String CONFIG = "BIF_DB_CONFIG";

  private final Database db;
  private final Clock clock;
  private final Catalogue catalogue;

  private Stores(Database db, Clock clock, Catalogue catalogue) {
    this.db = db;
    this.clock = clock;
    this.catalogue = catalogue;
  }

  /**
   * Opens the database (migrating it) and wires every store on it, with the built-in catalogue.
   *
   * @param settings where the database is
   * @param clock the time for leases, purges and the audit log
   * @return the stores
   */
  public static Stores open(StoreSettings settings, Clock clock) {
    return new Stores(
        Database.open(settings), Objects.requireNonNull(clock, "clock"), Catalogue.builtIn());
  }

  /**
   * The settings the environment asks for: {@value StoreSettings#URL} if set, else the properties
   * file named by {@value #CONFIG}, else embedded H2 in {@code embeddedDirectory}.
   *
   * @param environment usually {@code System.getenv()}
   * @param embeddedDirectory where the embedded database lives (e.g. {@link
   *     StoreSettings#defaultDirectory()})
   * @return the settings
   * @throws IOException when the named properties file cannot be read
   */
  public static StoreSettings settingsFrom(Map<String, String> environment, Path embeddedDirectory)
      throws IOException {
    Optional<String> config =
        Optional.ofNullable(environment.get(CONFIG)).filter(c -> !c.isBlank());
    if (environment.getOrDefault(StoreSettings.URL, "").isBlank() && config.isPresent()) {
      return StoreSettings.fromProperties(Path.of(config.get()));
    }
    return StoreSettings.fromEnvironment(environment, embeddedDirectory);
  }

  /** The database, for transactions and further stores. */
  public Database database() {
    return db;
  }

  /** How long bringing the schema up to date took at open. */
  public Duration migrationTime() {
    return db.migrationTime();
  }

  /** Employees. */
  public JdbcEmployeeRepository employees() {
    return new JdbcEmployeeRepository(db);
  }

  /** Completed parts from the staff register. */
  public JdbcCompletions completions() {
    return new JdbcCompletions(db);
  }

  /** Enrolments. */
  public JdbcEnrolmentRepository enrolments() {
    return new JdbcEnrolmentRepository(db);
  }

  /** Cohort calendars. */
  @Override
  public JdbcCohortCalendarRepository calendars() {
    return new JdbcCohortCalendarRepository(db, catalogue);
  }

  /** Attendance sheets. */
  public JdbcAttendanceRepository attendance() {
    return new JdbcAttendanceRepository(db, catalogue);
  }

  /** Exam records, grade changes audited as made by {@code "system"}. */
  public JdbcExamRecordRepository examRecords() {
    return new JdbcExamRecordRepository(db, clock, () -> "system");
  }

  /** Learning-goal agreements. */
  public JdbcLearningGoalRepository learningGoals() {
    return new JdbcLearningGoalRepository(db);
  }

  /** Competence ratings. */
  public JdbcRatingRepository ratings() {
    return new JdbcRatingRepository(db);
  }

  /** Evaluations. */
  public JdbcEvaluationRepository evaluations() {
    return new JdbcEvaluationRepository(db);
  }

  /** The grade outbox. */
  public JdbcGradeOutbox gradeOutbox() {
    return new JdbcGradeOutbox(db);
  }

  /** The unit of work the stores take part in. */
  public JdbcUnitOfWork unitOfWork() {
    return new JdbcUnitOfWork(db);
  }

  /** Erasure and the grade audit log. */
  public PersonalData personalData() {
    return new PersonalData(db);
  }

  @Override
  public void close() {
    db.close();
  }
}
