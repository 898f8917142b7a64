package dk.bif.lti.deeplink;

import dk.bif.store.jdbc.JdbcPendingDeepLinks;
import dk.bif.store.jdbc.TestDatabases;
import org.junit.jupiter.api.Nested;

/**
 * {@link JdbcPendingDeepLinks} keeps the {@link PendingDeepLinks} contract on H2 and on PostgreSQL.
 */
class JdbcPendingDeepLinksContractTest {
  @Nested
  class OnH2 extends AbstractPendingDeepLinksContractTest {
    @Override
    protected PendingDeepLinks pending() {
      return new JdbcPendingDeepLinks(TestDatabases.emptyH2());
    }
  }

  @Nested
  class OnPostgres extends AbstractPendingDeepLinksContractTest {
    @Override
    protected PendingDeepLinks pending() {
      return new JdbcPendingDeepLinks(TestDatabases.emptyPostgres());
    }
  }
}
