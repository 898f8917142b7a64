package dk.bif.core.port;

import dk.bif.store.jdbc.Database;
import dk.bif.store.jdbc.JdbcGradeOutbox;
import dk.bif.store.jdbc.JdbcUnitOfWork;
import dk.bif.store.jdbc.TestDatabases;
import org.junit.jupiter.api.Nested;

/**
 * {@link JdbcGradeOutbox} with {@link JdbcUnitOfWork} keeps the {@link GradeOutbox} contract on H2
 * and on PostgreSQL.
 */
class JdbcGradeOutboxContractTest {
  private static AbstractGradeOutboxContractTest.Store store(Database db) {
    return new AbstractGradeOutboxContractTest.Store(
        new JdbcUnitOfWork(db), new JdbcGradeOutbox(db));
  }

  @Nested
  class OnH2 extends AbstractGradeOutboxContractTest {
    @Override
    protected Store newStore() {
      return store(TestDatabases.emptyH2());
    }
  }

  @Nested
  class OnPostgres extends AbstractGradeOutboxContractTest {
    @Override
    protected Store newStore() {
      return store(TestDatabases.emptyPostgres());
    }
  }
}
