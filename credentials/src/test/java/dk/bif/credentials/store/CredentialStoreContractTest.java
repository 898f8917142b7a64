package dk.bif.credentials.store;

import dk.bif.store.jdbc.Database;
import dk.bif.store.jdbc.Dialect;
import org.junit.jupiter.api.Nested;

/** Every {@link CredentialStore} keeps the contract: in memory, on H2 and on PostgreSQL. */
class CredentialStoreContractTest {

  @Nested
  class InMemory extends AbstractCredentialStoreContractTest {
    @Override
    protected CredentialStore newStore() {
      return new InMemoryCredentialStore();
    }
  }

  @Nested
  class OnH2 extends AbstractCredentialStoreContractTest {
    @Override
    protected CredentialStore newStore() {
      return new JdbcCredentialStore(Database.on(CredentialDatabases.h2(), Dialect.H2));
    }
  }

  @Nested
  class OnPostgres extends AbstractCredentialStoreContractTest {
    @Override
    protected CredentialStore newStore() {
      return new JdbcCredentialStore(
          Database.on(CredentialDatabases.postgres(), Dialect.POSTGRESQL));
    }
  }
}
