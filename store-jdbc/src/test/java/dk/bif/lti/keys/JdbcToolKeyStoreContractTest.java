package dk.bif.lti.keys;

import dk.bif.store.jdbc.JdbcToolKeyStore;
import dk.bif.store.jdbc.TestDatabases;
import java.time.Clock;
import org.junit.jupiter.api.Nested;

/** {@link JdbcToolKeyStore} keeps the {@link ToolKeyStore} contract on H2 and on PostgreSQL. */
class JdbcToolKeyStoreContractTest {
  @Nested
  class OnH2 extends AbstractToolKeyStoreContractTest {
    @Override
    protected ToolKeyStore emptyStore() {
      return new JdbcToolKeyStore(TestDatabases.emptyH2(), Clock.systemUTC());
    }
  }

  @Nested
  class OnPostgres extends AbstractToolKeyStoreContractTest {
    @Override
    protected ToolKeyStore emptyStore() {
      return new JdbcToolKeyStore(TestDatabases.emptyPostgres(), Clock.systemUTC());
    }
  }
}
