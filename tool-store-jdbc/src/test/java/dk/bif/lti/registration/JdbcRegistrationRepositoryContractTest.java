package dk.bif.lti.registration;

import dk.bif.store.jdbc.TestDatabases;
import dk.bif.store.jdbc.tool.JdbcRegistrationRepository;
import dk.bif.store.jdbc.tool.ToolStores;
import org.junit.jupiter.api.Nested;

/**
 * {@link JdbcRegistrationRepository} keeps the {@link RegistrationRepository} contract on H2 and on
 * PostgreSQL.
 */
class JdbcRegistrationRepositoryContractTest {
  @Nested
  class OnH2 extends AbstractRegistrationRepositoryContractTest {
    @Override
    protected RegistrationRepository emptyRepository() {
      return new JdbcRegistrationRepository(TestDatabases.emptyH2(ToolStores.SCHEMA));
    }
  }

  @Nested
  class OnPostgres extends AbstractRegistrationRepositoryContractTest {
    @Override
    protected RegistrationRepository emptyRepository() {
      return new JdbcRegistrationRepository(TestDatabases.emptyPostgres(ToolStores.SCHEMA));
    }
  }
}
