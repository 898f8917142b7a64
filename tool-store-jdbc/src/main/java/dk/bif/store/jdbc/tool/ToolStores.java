package dk.bif.store.jdbc.tool;

import dk.bif.lti.registration.CachedRegistrationRepository;
import dk.bif.lti.registration.RegistrationRepository;
import dk.bif.store.jdbc.Database;
import dk.bif.store.jdbc.PersonalData;
import dk.bif.store.jdbc.Schema;
import dk.bif.store.jdbc.StoreSettings;
import dk.bif.store.jdbc.Stores;
import dk.bif.tool.assembly.ToolStorage;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * The LTI tool's JDBC stores beside the programme core's, on one database: open it once per
 * process, share it between threads, close it at shutdown (which closes the pool). The tool's
 * tables have a migration history of their own ({@link #SCHEMA}), so a database first used by the
 * core alone gains them when the tool first opens it.
 */
public final class ToolStores implements ToolStorage, AutoCloseable {

  /** The tool's tables. */
  public static final Schema SCHEMA =
      new Schema("classpath:db/migration/tool", "bif_tool_schema_history", true);

  private final Stores core;
  private final Database db;
  private final Clock clock;
  private final JdbcCredentialStore credentials;
  private final RegistrationRepository registrations;

  private ToolStores(Stores core, Clock clock) {
    this.core = core;
    this.db = core.database();
    this.clock = clock;
    this.credentials = new JdbcCredentialStore(db);
    this.registrations =
        new CachedRegistrationRepository(new JdbcRegistrationRepository(db), clock);
  }

  /**
   * Opens the database, brings the core's, the tool's and the credentials' tables up to date and
   * wires every store.
   *
   * @param settings where the database is
   * @param clock the time for leases, purges and the audit log
   * @return the stores
   */
  public static ToolStores open(StoreSettings settings, Clock clock) {
    Objects.requireNonNull(clock, "clock");
    Stores core = Stores.open(settings, clock);
    try {
      core.database().migrate(SCHEMA);
      return new ToolStores(core, clock);
    } catch (RuntimeException e) {
      core.close();
      throw e;
    }
  }

  /** The programme core's stores on the same database. */
  public Stores core() {
    return core;
  }

  /** The database, for transactions and further stores. */
  public Database database() {
    return db;
  }

  /**
   * Platform registrations: one repository for the process, which reuses what it read for {@link
   * CachedRegistrationRepository#KEEP} (a change made on another node or by the command line is
   * seen within that time; a platform added is found at once).
   */
  public RegistrationRepository registrations() {
    return registrations;
  }

  /** Used nonces. */
  public JdbcNonceStore nonces() {
    return new JdbcNonceStore(db, clock);
  }

  /** Pending logins. */
  public JdbcStateStore states() {
    return new JdbcStateStore(db, clock);
  }

  /** LMS person and course links. */
  public JdbcLmsLinks lmsLinks() {
    return new JdbcLmsLinks(db);
  }

  /** Staff-number claims the bridge refused, for the coordinator. */
  public JdbcRefusedClaims refusedClaims() {
    return new JdbcRefusedClaims(db);
  }

  /** The activities teachers chose for placements the LMS left without one. */
  public JdbcPlacements placements() {
    return new JdbcPlacements(db);
  }

  /** The participants and leaders the staff register lacks, waiting to be linked. */
  public JdbcWaitingList waitingList() {
    return new JdbcWaitingList(db);
  }

  /** The tool's signing keys. */
  public JdbcToolKeyStore toolKeys() {
    return new JdbcToolKeyStore(db, clock);
  }

  /** Where grades go. */
  public JdbcGradeRoutes gradeRoutes() {
    return new JdbcGradeRoutes(db);
  }

  /** Where each cohort's exam grades go. */
  public JdbcExamPlacements examPlacements() {
    return new JdbcExamPlacements(db);
  }

  /** Last rosters. */
  public JdbcRosterSnapshots rosterSnapshots() {
    return new JdbcRosterSnapshots(db);
  }

  /** Each cohort's roster source and sync state. */
  public JdbcRosterSources rosterSources() {
    return new JdbcRosterSources(db);
  }

  /** Deep-linking launches waiting for the teacher's choice. */
  public JdbcPendingDeepLinks pendingDeepLinks() {
    return new JdbcPendingDeepLinks(db);
  }

  /** The tool's signing keys as they rotate. */
  public JdbcToolKeyRing toolKeyRing() {
    return new JdbcToolKeyRing(db);
  }

  /** The credentials issued to participants, their status lists and the issuer's keys. */
  public JdbcCredentialStore credentials() {
    return credentials;
  }

  /** A person's data across the core's, the tool's and the credentials' tables. */
  public PersonalData personalData() {
    return new PersonalData(db, List.of(new ToolPersonErasure(), new CredentialErasure()));
  }

  @Override
  public void close() {
    core.close();
  }
}
