package dk.bif.tool.roster;

import dk.bif.store.jdbc.TestDatabases;
import dk.bif.store.jdbc.tool.JdbcRosterSources;
import dk.bif.store.jdbc.tool.ToolStores;
import org.junit.jupiter.api.Nested;

/** {@link JdbcRosterSources} keeps the {@link RosterSources} contract on H2 and on PostgreSQL. */
class JdbcRosterSourcesContractTest {
  @Nested
  class OnH2 extends AbstractRosterSourcesContractTest {
    @Override
    protected RosterSources sources() {
      return new JdbcRosterSources(TestDatabases.emptyH2(ToolStores.SCHEMA));
    }
  }

  @Nested
  class OnPostgres extends AbstractRosterSourcesContractTest {
    @Override
    protected RosterSources sources() {
      return new JdbcRosterSources(TestDatabases.emptyPostgres(ToolStores.SCHEMA));
    }
  }
}
