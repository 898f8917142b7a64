package dk.bif.tool.bridge;

import dk.bif.store.jdbc.TestDatabases;
import dk.bif.store.jdbc.tool.JdbcWaitingList;
import dk.bif.store.jdbc.tool.ToolStores;
import org.junit.jupiter.api.Nested;

/** {@link JdbcWaitingList} keeps the {@link WaitingList} contract on H2 and on PostgreSQL. */
class JdbcWaitingListContractTest {
  @Nested
  class OnH2 extends AbstractWaitingListContractTest {
    @Override
    protected WaitingList list() {
      return new JdbcWaitingList(TestDatabases.emptyH2(ToolStores.SCHEMA));
    }
  }

  @Nested
  class OnPostgres extends AbstractWaitingListContractTest {
    @Override
    protected WaitingList list() {
      return new JdbcWaitingList(TestDatabases.emptyPostgres(ToolStores.SCHEMA));
    }
  }
}
