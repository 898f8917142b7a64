package dk.bif.lti.keys;

import dk.bif.store.jdbc.TestDatabases;
import dk.bif.store.jdbc.tool.JdbcToolKeyStore;
import dk.bif.store.jdbc.tool.ToolStores;
import java.time.Clock;
import org.junit.jupiter.api.Nested;

/** {@link JdbcToolKeyStore} keeps the {@link ToolKeyStore} contract on H2 and on PostgreSQL. */
class JdbcToolKeyStoreContractTest {
  @Nested
  class OnH2 extends AbstractToolKeyStoreContractTest {
    @Override
    protected ToolKeyStore emptyStore() {
      return new JdbcToolKeyStore(TestDatabases.emptyH2(ToolStores.SCHEMA), Clock.systemUTC());
    }
  }

  @Nested
  class OnPostgres extends AbstractToolKeyStoreContractTest {
    @Override
    protected ToolKeyStore emptyStore() {
      return new JdbcToolKeyStore(
          TestDatabases.emptyPostgres(ToolStores.SCHEMA), Clock.systemUTC());
    }
  }
}
