package dk.bif.store.jdbc;

import dk.bif.core.port.UnitOfWork;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * {@link UnitOfWork} as one database transaction: every repository of the same {@link Database}
 * used by the calling thread inside {@link #run} commits with it or rolls back with it. A unit
 * inside a unit joins it. Thread-safe.
 */
public final class JdbcUnitOfWork implements UnitOfWork {
  private final Database db;

  /**
   * @param db the database whose repositories take part
   */
  public JdbcUnitOfWork(Database db) {
    this.db = Objects.requireNonNull(db, "db");
  }

  @Override
  public <T> T run(Supplier<T> work) {
    return db.inTransaction(work);
  }
}
