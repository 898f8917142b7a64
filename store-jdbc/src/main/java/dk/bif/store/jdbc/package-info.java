/**
 * Durable storage for every stateful port of the core and the LTI adapter: plain JDBC on a HikariCP
 * pool, the schema kept by Flyway migrations that run unchanged on H2 (PostgreSQL mode) and on
 * PostgreSQL 14+.
 *
 * <p>{@link dk.bif.store.jdbc.Database} owns the pool, runs the migrations and carries the
 * transaction of the calling thread, so that repositories used inside {@link
 * dk.bif.store.jdbc.Database#inTransaction(java.util.function.Supplier)} commit or roll back
 * together. {@link dk.bif.store.jdbc.StoreSettings} says where the database is (embedded H2 under
 * {@code ~/.bif/data} by default, PostgreSQL from {@code BIF_DB_URL}, {@code BIF_DB_USER}, {@code
 * BIF_DB_PASSWORD} or a properties file); {@link dk.bif.store.jdbc.Stores} wires every repository
 * on one database.
 *
 * <p>Several tool nodes may share one PostgreSQL database: every check-and-record (nonces, login
 * states, LMS links, tool keys) relies on a primary key or a conditional delete in the database,
 * never on a cache in the process.
 */
package dk.bif.store.jdbc;
