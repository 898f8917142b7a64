package dk.bif.store.jdbc.tool;

import dk.bif.credentials.store.AbstractCredentialStoreContractTest;
import dk.bif.credentials.store.CredentialStore;
import dk.bif.store.jdbc.TestDatabases;
import org.junit.jupiter.api.Nested;

/** The JDBC credential store keeps the contract on H2 and on PostgreSQL. */
class JdbcCredentialStoreContractTest {

  @Nested
  class OnH2 extends AbstractCredentialStoreContractTest {
    @Override
    protected CredentialStore newStore() {
      return new JdbcCredentialStore(TestDatabases.h2());
    }
  }

  @Nested
  class OnPostgres extends AbstractCredentialStoreContractTest {
    @Override
    protected CredentialStore newStore() {
      return new JdbcCredentialStore(TestDatabases.postgres());
    }
  }
}
