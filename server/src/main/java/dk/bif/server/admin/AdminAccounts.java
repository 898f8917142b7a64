package dk.bif.server.admin;

import dk.bif.store.jdbc.Database;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The administrators of the admin area ({@code bif admin add NAME}), in table {@code
 * admin_account}: each name with an Argon2id hash of the password (Spring Security's encoder on
 * Bouncy Castle), never the password, and the failed logins that lock it ({@link LockoutPolicy}).
 * Thread-safe; every node shares the table.
 */
public final class AdminAccounts {

  /** The shortest password accepted. */
  public static final int MIN_PASSWORD = 12;

  /** The longest password accepted. */
  public static final int MAX_PASSWORD = 200;

  /** What a name may be: 1..64 letters, digits, '.', '_', '-' or '@'. */
  public static final String NAME_PATTERN = "[A-Za-z0-9._@-]{1,64}";

  private final Database db;
  private final LockoutPolicy lockout;
  private final Clock clock;
  private final PasswordEncoder encoder = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();

  /** A hash of nothing, checked for unknown names so that they take as long as known ones. */
  private final String decoy;

  /**
   * @param db the database (with the server's schema)
   * @param lockout when failed logins lock an account
   * @param clock the time
   */
  public AdminAccounts(Database db, LockoutPolicy lockout, Clock clock) {
    this.db = Objects.requireNonNull(db, "db");
    this.lockout = Objects.requireNonNull(lockout, "lockout");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.decoy = encoder.encode("not a password of anyone's");
  }

  /** The outcome of a login. */
  public sealed interface Login {
    /** The name and password are right. */
    record Accepted(String name) implements Login {}

    /** The name is unknown or the password wrong (which one is not said). */
    record Refused() implements Login {}

    /** Too many wrong passwords: no login until {@code until}. */
    record Locked(Instant until) implements Login {}
  }

  /**
   * Adds an administrator, or sets a new password for one (which also unlocks the account).
   *
   * @param name the login name
   * @param password the password, {@value #MIN_PASSWORD}..{@value #MAX_PASSWORD} characters
   * @return true when the name is new
   * @throws IllegalArgumentException naming what is wrong with the name or the password
   */
  public boolean add(String name, String password) {
    if (name == null || !name.matches(NAME_PATTERN)) {
      throw new IllegalArgumentException(
          "NAME: expected 1..64 letters, digits, '.', '_', '-' or '@', got '" + name + "'");
    }
    if (password == null || password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD) {
      throw new IllegalArgumentException(
          "password: expected "
              + MIN_PASSWORD
              + ".."
              + MAX_PASSWORD
              + " characters, got "
              + (password == null ? 0 : password.length()));
    }
    String hash = encoder.encode(password);
    boolean existed = find(name).isPresent();
    if (existed
        || db.update(
                "add administrator",
                "insert into admin_account (name, password_hash, failed_logins, created_at)"
                    + " values (?, ?, 0, ?) on conflict do nothing",
                name,
                hash,
                clock.instant())
            == 0) {
      db.update(
          "set administrator password",
          "update admin_account set password_hash = ?, failed_logins = 0, locked_until = null"
              + " where name = ?",
          hash,
          name);
    }
    return !existed;
  }

  /**
   * Checks a login, counting a wrong password and locking the account after too many.
   *
   * @param name the name typed
   * @param password the password typed
   * @return accepted, refused or locked
   */
  public Login login(String name, String password) {
    Instant now = clock.instant();
    Optional<Row> row = name == null || !name.matches(NAME_PATTERN) ? Optional.empty() : find(name);
    if (row.isEmpty()) {
      encoder.matches(String.valueOf(password), decoy);
      return new Login.Refused();
    }
    Row r = row.get();
    if (r.lockedUntil().filter(now::isBefore).isPresent()) {
      return new Login.Locked(r.lockedUntil().get());
    }
    if (password != null && encoder.matches(password, r.hash())) {
      db.update(
          "record administrator login",
          "update admin_account set failed_logins = 0, locked_until = null, last_login_at = ?"
              + " where name = ?",
          now,
          name);
      return new Login.Accepted(name);
    }
    int failures = r.failures() + 1;
    if (failures >= lockout.maxFailures()) {
      Instant until = now.plus(lockout.lockFor());
      db.update(
          "lock administrator",
          "update admin_account set failed_logins = 0, locked_until = ? where name = ?",
          until,
          name);
      return new Login.Locked(until);
    }
    db.update(
        "count failed login",
        "update admin_account set failed_logins = failed_logins + 1 where name = ?",
        name);
    return new Login.Refused();
  }

  /**
   * Whether an administrator of that name exists (a session of a removed one is refused).
   *
   * @param name the name
   * @return true when it does
   */
  public boolean exists(String name) {
    return name != null && name.matches(NAME_PATTERN) && find(name).isPresent();
  }

  /**
   * The administrators' names.
   *
   * @return the names, sorted
   */
  public List<String> names() {
    return db.query(
        "list administrators",
        "select name from admin_account order by name",
        row -> row.getString(1));
  }

  private record Row(String hash, int failures, Optional<Instant> lockedUntil) {}

  private Optional<Row> find(String name) {
    return db.queryOne(
        "find administrator",
        "select password_hash, failed_logins, locked_until from admin_account where name = ?",
        row ->
            new Row(
                row.getString(1),
                row.getInt(2),
                Optional.ofNullable(Database.instant(row, "locked_until"))),
        name);
  }
}
