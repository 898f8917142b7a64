package dk.bif.lti.deeplink;

import dk.bif.store.jdbc.TestDatabases;
import dk.bif.store.jdbc.tool.JdbcPendingDeepLinks;
import dk.bif.store.jdbc.tool.ToolStores;
import org.junit.jupiter.api.Nested;

/**
 * {@link JdbcPendingDeepLinks} keeps the {@link PendingDeepLinks} contract on H2 and on PostgreSQL.
 */
class JdbcPendingDeepLinksContractTest {
  @Nested
  class OnH2 extends AbstractPendingDeepLinksContractTest {
    @Override
    protected PendingDeepLinks pending() {
      return new JdbcPendingDeepLinks(TestDatabases.emptyH2(ToolStores.SCHEMA));
    }
  }

  @Nested
  class OnPostgres extends AbstractPendingDeepLinksContractTest {
    @Override
    protected PendingDeepLinks pending() {
      return new JdbcPendingDeepLinks(TestDatabases.emptyPostgres(ToolStores.SCHEMA));
    }
  }
}
