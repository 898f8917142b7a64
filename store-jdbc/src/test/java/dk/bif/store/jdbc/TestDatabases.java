package dk.bif.store.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The databases the tests run on: in-memory H2, and one embedded PostgreSQL per test JVM (started
 * on first use, stopped at exit) in which every {@link #postgresSettings} gets a database of its
 * own. The zonky binaries run here as root without any workaround.
 */
public final class TestDatabases {
  private static final AtomicInteger NEXT = new AtomicInteger();
  private static EmbeddedPostgres postgres;
  private static Database sharedH2;
  private static Database sharedPostgres;
  private static final java.util.Set<List<Object>> MIGRATED = new java.util.HashSet<>();

  private TestDatabases() {}

  /**
   * A new, empty H2 database in memory with the core's tables and those of {@code more}.
   *
   * @param more further parts of the schema, e.g. the tool's
   */
  public static Database h2(Schema... more) {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL(
        "jdbc:h2:mem:test"
            + NEXT.incrementAndGet()
            + ";DB_CLOSE_DELAY=-1"
            + StoreSettings.H2_OPTIONS);
    ds.setUser("sa");
    return migrated(Database.on(ds, Dialect.H2), more);
  }

  private static Database migrated(Database db, Schema... more) {
    for (Schema schema : more) db.migrate(schema);
    return db;
  }

  /**
   * A new, empty database on the embedded PostgreSQL, behind a pool of its own, with the core's
   * tables and those of {@code more}.
   *
   * @param more further parts of the schema
   */
  public static Database postgres(Schema... more) {
    return migrated(Database.open(postgresSettings(4)), more);
  }

  /**
   * One H2 database for the whole JVM, emptied: for contract tests that want a fresh store.
   *
   * @param more further parts of the schema it must have
   */
  public static synchronized Database emptyH2(Schema... more) {
    if (sharedH2 == null) {
      sharedH2 = h2();
    }
    return emptied(withSchemas(sharedH2, more));
  }

  /**
   * One PostgreSQL database for the whole JVM, emptied.
   *
   * @param more further parts of the schema it must have
   */
  public static synchronized Database emptyPostgres(Schema... more) {
    if (sharedPostgres == null) {
      sharedPostgres = postgres();
    }
    return emptied(withSchemas(sharedPostgres, more));
  }

  private static Database withSchemas(Database db, Schema... more) {
    for (Schema schema : more) {
      if (MIGRATED.add(List.of(db, schema))) db.migrate(schema);
    }
    return db;
  }

  /** Deletes every row of every table but the migration histories. */
  public static Database emptied(Database db) {
    db.withConnection(
        "empty test database",
        c -> {
          var tables =
              Database.query(
                  c,
                  "select table_name from information_schema.tables where table_schema = 'public'"
                      + " and table_type in ('BASE TABLE', 'TABLE') and lower(table_name) not like '%schema_history'",
                  row -> row.getString(1));
          for (String table : tables) {
            Database.update(c, "delete from " + table);
          }
          return null;
        });
    return db;
  }

  /** Settings for a new, empty database on the embedded PostgreSQL. */
  public static StoreSettings postgresSettings(int poolSize) {
    String name = "bif" + NEXT.incrementAndGet();
    EmbeddedPostgres server = server();
    try (Connection c = server.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("create database " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create test database " + name, e);
    }
    return new StoreSettings(server.getJdbcUrl("postgres", name), "postgres", "", poolSize);
  }

  private static synchronized EmbeddedPostgres server() {
    if (postgres == null) {
      try {
        postgres = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
      }
      EmbeddedPostgres started = postgres;
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    try {
                      started.close();
                    } catch (IOException ignored) {
                      // the JVM is going away anyway
                    }
                  }));
    }
    return postgres;
  }
}
