package dk.bif.lti.oidc;

import dk.bif.store.jdbc.TestDatabases;
import dk.bif.store.jdbc.tool.JdbcStateStore;
import dk.bif.store.jdbc.tool.ToolStores;
import java.time.Clock;
import org.junit.jupiter.api.Nested;

/** {@link JdbcStateStore} keeps the {@link StateStore} contract on H2 and on PostgreSQL. */
class JdbcStateStoreContractTest {
  @Nested
  class OnH2 extends AbstractStateStoreContractTest {
    @Override
    protected StateStore emptyStore() {
      return new JdbcStateStore(TestDatabases.emptyH2(ToolStores.SCHEMA), Clock.systemUTC());
    }
  }

  @Nested
  class OnPostgres extends AbstractStateStoreContractTest {
    @Override
    protected StateStore emptyStore() {
      return new JdbcStateStore(TestDatabases.emptyPostgres(ToolStores.SCHEMA), Clock.systemUTC());
    }
  }
}
