package dk.bif.tool.bridge;

import dk.bif.store.jdbc.TestDatabases;
import dk.bif.store.jdbc.tool.JdbcLmsLinks;
import dk.bif.store.jdbc.tool.ToolStores;
import org.junit.jupiter.api.Nested;

/** {@link JdbcLmsLinks} keeps the {@link LmsLinks} contract on H2 and on PostgreSQL. */
class JdbcLmsLinksContractTest {
  @Nested
  class OnH2 extends AbstractLmsLinksContractTest {
    @Override
    protected LmsLinks links() {
      return new JdbcLmsLinks(TestDatabases.emptyH2(ToolStores.SCHEMA));
    }
  }

  @Nested
  class OnPostgres extends AbstractLmsLinksContractTest {
    @Override
    protected LmsLinks links() {
      return new JdbcLmsLinks(TestDatabases.emptyPostgres(ToolStores.SCHEMA));
    }
  }
}
