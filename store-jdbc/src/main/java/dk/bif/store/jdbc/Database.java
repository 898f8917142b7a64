package dk.bif.store.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * One database: its connection pool, its schema (migrated on open) and the transaction of each
 * thread.
 *
 * <p>Every repository of this package borrows its connection here. Outside {@link #inTransaction}
 * each statement runs on its own in auto-commit; inside, every statement of the calling thread runs
 * on the transaction's connection and is committed or rolled back with it, which makes "record the
 * exam result and queue its grade" one unit. Thread-safe.
 */
public final class Database implements AutoCloseable {

  /** Connections in the pool of one node unless the settings say otherwise. */
  public static final int DEFAULT_POOL_SIZE = 8;

  private final DataSource dataSource;
  private final Dialect dialect;
  private final Duration migrationTime;
  private final ThreadLocal<Connection> transaction = new ThreadLocal<>();
  private final ThreadLocal<Map<List<Object>, List<?>>> reads = new ThreadLocal<>();
  private final java.util.concurrent.locks.ReentrantLock embeddedClaims =
      new java.util.concurrent.locks.ReentrantLock();

  /** Where the migrations of one schema part live and where their history is kept. */
  private final java.util.function.Function<FluentConfiguration, FluentConfiguration>
      migrationSource;

  private Database(
      DataSource dataSource,
      Dialect dialect,
      java.util.function.Function<FluentConfiguration, FluentConfiguration> migrationSource) {
    this.dataSource = dataSource;
    this.dialect = dialect;
    this.migrationSource = migrationSource;
    this.migrationTime = migrate(Schema.CORE);
  }

  /**
   * Opens a pool on the configured database and brings the core's schema up to date.
   *
   * @param settings where the database is
   * @return the open database; close it to close the pool
   * @throws StoreException (or Flyway's exception) when the database cannot be reached or migrated
   */
  public static Database open(StoreSettings settings) {
    Objects.requireNonNull(settings, "settings");
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(settings.jdbcUrl());
    config.setUsername(settings.user());
    config.setPassword(settings.password());
    config.setMaximumPoolSize(settings.poolSize());
    config.setPoolName("bif-store");
    Dialect dialect = Dialect.of(settings.jdbcUrl());
    HikariDataSource pool = new HikariDataSource(config);
    try {
      // Flyway holds more than one connection while it migrates: give it its own, outside the
      // pool, so that a pool of one still starts
      return new Database(
          pool,
          dialect,
          c -> c.dataSource(settings.jdbcUrl(), settings.user(), settings.password()));
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
  }

  /**
   * A database on a data source the caller manages (closing this database does not close it), with
   * the core's schema brought up to date.
   *
   * @param dataSource the data source
   * @param dialect which database it is
   * @return the database
   */
  public static Database on(DataSource dataSource, Dialect dialect) {
    Objects.requireNonNull(dataSource, "dataSource");
    return new Database(dataSource, dialect, c -> c.dataSource(dataSource));
  }

  /**
   * Brings one part of the schema up to date: its migrations, with a history of their own, so that
   * modules that keep tables on this database migrate independently. A database made by the preview
   * releases (one history, {@value Schema#PREVIEW_HISTORY}, at its last version) is taken over as
   * it is: its tables are exactly those of each part's first migration.
   *
   * @param schema the part
   * @return how long it took
   */
  public Duration migrate(Schema schema) {
    Objects.requireNonNull(schema, "schema");
    long start = System.nanoTime();
    // Other parts' tables make the schema "non-empty" to Flyway: a part's first run starts its own
    // history below its first migration (baseline 0), or at it for a preview database
    migrationSource
        .apply(
            Flyway.configure()
                .locations(schema.location())
                .table(schema.historyTable())
                .baselineOnMigrate(true)
                .baselineVersion(isPreviewDatabase(schema) ? "1" : "0"))
        .load()
        .migrate();
    return Duration.ofNanos(System.nanoTime() - start);
  }

  private boolean isPreviewDatabase(Schema schema) {
    return withConnection(
        "find the schema history",
        c -> {
          if (!schema.inPreview()
              || tableExists(c, schema.historyTable())
              || !tableExists(c, Schema.PREVIEW_HISTORY)) {
            return false;
          }
          try (PreparedStatement q =
              c.prepareStatement(
                  "select count(*) from "
                      + Schema.PREVIEW_HISTORY
                      + " where \"version\" = ? and \"success\" = true")) {
            q.setString(1, Schema.PREVIEW_LAST_VERSION);
            try (ResultSet r = q.executeQuery()) {
              return r.next() && r.getInt(1) == 1;
            }
          }
        });
  }

  private static boolean tableExists(Connection c, String table) throws SQLException {
    for (String name : List.of(table, table.toUpperCase(java.util.Locale.ROOT))) {
      try (ResultSet r = c.getMetaData().getTables(null, null, name, null)) {
        if (r.next()) return true;
      }
    }
    return false;
  }

  /** Which database this is. */
  public Dialect dialect() {
    return dialect;
  }

  /** How long bringing the schema up to date took when this database was opened. */
  public Duration migrationTime() {
    return migrationTime;
  }

  /**
   * Runs {@code work} in one transaction: everything the calling thread stores through this
   * database's repositories inside it is committed together, or nothing is when it throws. A nested
   * call joins the outer transaction.
   *
   * @param work the work
   * @param <T> its result
   * @return what {@code work} returned
   */
  public <T> T inTransaction(Supplier<T> work) {
    Objects.requireNonNull(work, "work");
    forgetReads();
    if (transaction.get() != null) {
      return work.get();
    }
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      transaction.set(connection);
      try {
        T result = work.get();
        connection.commit();
        return result;
      } catch (RuntimeException | Error e) {
        connection.rollback();
        throw e;
      } finally {
        transaction.remove();
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new StoreException("transaction", e);
    }
  }

  /**
   * Runs {@code work} in one transaction, like {@link #inTransaction(Supplier)}.
   *
   * @param work the work
   */
  public void inTransaction(Runnable work) {
    Objects.requireNonNull(work, "work");
    inTransaction(
        () -> {
          work.run();
          return null;
        });
  }

  @Override
  public void close() {
    if (dataSource instanceof HikariDataSource pool) {
      pool.close();
    }
  }

  // ---- what the repositories use (this module's and other store modules') -------------------

  /** Work on a connection. */
  public interface ConnectionWork<T> {
    T apply(Connection connection) throws SQLException;
  }

  /** One row to one value. */
  public interface RowMapper<T> {
    T map(ResultSet row) throws SQLException;
  }

  /**
   * Runs {@code work} with the thread's reads remembered: a {@link #query} asked again inside it,
   * with the same SQL, the same parameters and the same mapper, is answered from its first answer
   * instead of the database. Any other use of the database by the thread inside it (a statement
   * that changes data, a transaction, a connection's work) forgets every read first, and reads
   * inside a transaction are not remembered.
   *
   * <p>For one request that only reads and reads the same rows in several places, such as an
   * activity page; what it sees is the database as it was at the first read of each row. The rows
   * it shares must not be changed by the caller. A mapper that captures values (a new lambda per
   * call) or a parameter compared by identity (an array) is never answered from memory. A nested
   * call joins the outer one.
   *
   * @param work the work
   * @param <T> its result
   * @return what {@code work} returned
   */
  public <T> T remembering(Supplier<T> work) {
    Objects.requireNonNull(work, "work");
    if (reads.get() != null) {
      return work.get();
    }
    reads.set(new HashMap<>());
    try {
      return work.get();
    } finally {
      reads.remove();
    }
  }

  private void forgetReads() {
    Map<List<Object>, List<?>> remembered = reads.get();
    if (remembered != null) {
      remembered.clear();
    }
  }

  /** Runs {@code work} on the thread's transaction, or on a pooled auto-commit connection. */
  public <T> T withConnection(String operation, ConnectionWork<T> work) {
    forgetReads();
    return connected(operation, work);
  }

  private <T> T connected(String operation, ConnectionWork<T> work) {
    Connection current = transaction.get();
    try {
      if (current != null) {
        return work.apply(current);
      }
      try (Connection connection = dataSource.getConnection()) {
        return work.apply(connection);
      }
    } catch (SQLException e) {
      throw new StoreException(operation, e);
    }
  }

  /** Runs {@code work} in a transaction of its own unless the thread already has one. */
  public <T> T atomically(String operation, ConnectionWork<T> work) {
    return inTransaction(() -> withConnection(operation, work));
  }

  /** Runs one statement; returns the rows it changed. */
  public int update(String operation, String sql, Object... parameters) {
    return withConnection(operation, c -> update(c, sql, parameters));
  }

  /** Runs one statement on a connection; returns the rows it changed. */
  public static int update(Connection connection, String sql, Object... parameters)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      bind(statement, parameters);
      return statement.executeUpdate();
    }
  }

  /** Runs one query and maps every row. */
  public <T> List<T> query(
      String operation, String sql, RowMapper<T> mapper, Object... parameters) {
    Map<List<Object>, List<?>> remembered = reads.get();
    if (remembered == null || transaction.get() != null) {
      // inside a transaction a read may see its own uncommitted writes: never remembered
      return withConnection(operation, c -> query(c, sql, mapper, parameters));
    }
    List<Object> key = new ArrayList<>(parameters.length + 2);
    key.add(sql);
    key.add(mapper);
    Collections.addAll(key, parameters);
    @SuppressWarnings("unchecked")
    List<T> known = (List<T>) remembered.get(key);
    if (known == null) {
      known = connected(operation, c -> query(c, sql, mapper, parameters));
      remembered.put(key, known);
    }
    return new ArrayList<>(known);
  }

  /** Runs one query on a connection and maps every row. */
  public static <T> List<T> query(
      Connection connection, String sql, RowMapper<T> mapper, Object... parameters)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      bind(statement, parameters);
      try (ResultSet rows = statement.executeQuery()) {
        List<T> result = new ArrayList<>();
        while (rows.next()) {
          result.add(mapper.map(rows));
        }
        return result;
      }
    }
  }

  /** Runs one query; the first row mapped, if any. */
  public <T> Optional<T> queryOne(
      String operation, String sql, RowMapper<T> mapper, Object... parameters) {
    return query(operation, sql, mapper, parameters).stream().findFirst();
  }

  /**
   * Stores a row that replaces the one with the same key: update, else insert, else (another node
   * inserted in between) update again. Both statements take the same parameters in the same order.
   */
  public void replace(String operation, String updateSql, String insertSql, Object... parameters) {
    withConnection(
        operation,
        c -> {
          if (update(c, updateSql, parameters) == 0
              && update(c, insertSql + " on conflict do nothing", parameters) == 0) {
            update(c, updateSql, parameters);
          }
          return null;
        });
  }

  /**
   * Runs a claim of rows ({@code FOR UPDATE SKIP LOCKED}). H2 applies the limit before it skips
   * locked rows, so concurrent claimers could come back short; embedded H2 serves one process, so
   * its claims are taken one at a time in the process instead. PostgreSQL claims run concurrently.
   */
  public <T> T claiming(String operation, ConnectionWork<T> work) {
    if (dialect != Dialect.H2) {
      return atomically(operation, work);
    }
    embeddedClaims.lock();
    try {
      return atomically(operation, work);
    } finally {
      embeddedClaims.unlock();
    }
  }

  /** True when {@code e} is a primary-key or unique-constraint violation. */
  public static boolean isUniqueViolation(SQLException e) {
    return "23505".equals(e.getSQLState());
  }

  /** Binds parameters: an {@code Optional} as its value or null, an {@code Instant} in UTC. */
  public static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
    for (int i = 0; i < parameters.length; i++) {
      Object value = parameters[i];
      if (value instanceof Optional<?> optional) {
        value = optional.orElse(null);
      }
      if (value instanceof Instant instant) {
        statement.setObject(i + 1, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
      } else {
        statement.setObject(i + 1, value);
      }
    }
  }

  /** A timestamp column as an instant, or null. */
  public static Instant instant(ResultSet row, String column) throws SQLException {
    OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  /** A date column, or null. */
  public static LocalDate date(ResultSet row, String column) throws SQLException {
    return row.getObject(column, LocalDate.class);
  }
}
