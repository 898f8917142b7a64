package dk.bif.core.port;

import dk.bif.store.jdbc.JdbcEnrolmentRepository;
import dk.bif.store.jdbc.TestDatabases;
import org.junit.jupiter.api.Nested;

/**
 * {@link JdbcEnrolmentRepository} keeps the {@link EnrolmentRepository} contract on H2 and on
 * PostgreSQL.
 */
class JdbcEnrolmentRepositoryContractTest {
  @Nested
  class OnH2 extends AbstractEnrolmentRepositoryContractTest {
    @Override
    protected EnrolmentRepository newRepository() {
      return new JdbcEnrolmentRepository(TestDatabases.emptyH2());
    }
  }

  @Nested
  class OnPostgres extends AbstractEnrolmentRepositoryContractTest {
    @Override
    protected EnrolmentRepository newRepository() {
      return new JdbcEnrolmentRepository(TestDatabases.emptyPostgres());
    }
  }
}
