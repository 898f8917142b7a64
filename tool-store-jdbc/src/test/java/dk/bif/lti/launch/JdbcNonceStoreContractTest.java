package dk.bif.lti.launch;

import dk.bif.store.jdbc.TestDatabases;
import dk.bif.store.jdbc.tool.JdbcNonceStore;
import dk.bif.store.jdbc.tool.ToolStores;
import java.time.Clock;
import org.junit.jupiter.api.Nested;

/** {@link JdbcNonceStore} keeps the {@link NonceStore} contract on H2 and on PostgreSQL. */
class JdbcNonceStoreContractTest {
  @Nested
  class OnH2 extends AbstractNonceStoreContractTest {
    @Override
    protected NonceStore emptyStore() {
      return new JdbcNonceStore(TestDatabases.emptyH2(ToolStores.SCHEMA), Clock.systemUTC());
    }
  }

  @Nested
  class OnPostgres extends AbstractNonceStoreContractTest {
    @Override
    protected NonceStore emptyStore() {
      return new JdbcNonceStore(TestDatabases.emptyPostgres(ToolStores.SCHEMA), Clock.systemUTC());
    }
  }
}
