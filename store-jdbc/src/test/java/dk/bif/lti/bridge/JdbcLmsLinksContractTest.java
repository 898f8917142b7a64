package dk.bif.lti.bridge;

import dk.bif.store.jdbc.JdbcLmsLinks;
import dk.bif.store.jdbc.TestDatabases;
import org.junit.jupiter.api.Nested;

/** {@link JdbcLmsLinks} keeps the {@link LmsLinks} contract on H2 and on PostgreSQL. */
class JdbcLmsLinksContractTest {
  @Nested
  class OnH2 extends AbstractLmsLinksContractTest {
    @Override
    protected LmsLinks links() {
      return new JdbcLmsLinks(TestDatabases.emptyH2());
    }
  }

  @Nested
  class OnPostgres extends AbstractLmsLinksContractTest {
    @Override
    protected LmsLinks links() {
      return new JdbcLmsLinks(TestDatabases.emptyPostgres());
    }
  }
}
