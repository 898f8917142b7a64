package dk.bif.core.port;

import dk.bif.store.jdbc.JdbcEmployeeRepository;
import dk.bif.store.jdbc.TestDatabases;
import org.junit.jupiter.api.Nested;

/**
 * {@link JdbcEmployeeRepository} keeps the {@link EmployeeRepository} contract on H2 and on
 * PostgreSQL.
 */
class JdbcEmployeeRepositoryContractTest {
  @Nested
  class OnH2 extends AbstractEmployeeRepositoryContractTest {
    @Override
    protected EmployeeRepository newRepository() {
      return new JdbcEmployeeRepository(TestDatabases.emptyH2());
    }
  }

  @Nested
  class OnPostgres extends AbstractEmployeeRepositoryContractTest {
    @Override
    protected EmployeeRepository newRepository() {
      return new JdbcEmployeeRepository(TestDatabases.emptyPostgres());
    }
  }
}
