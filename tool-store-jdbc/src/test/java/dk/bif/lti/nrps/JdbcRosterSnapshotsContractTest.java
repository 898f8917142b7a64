package dk.bif.lti.nrps;

import dk.bif.store.jdbc.TestDatabases;
import dk.bif.store.jdbc.tool.JdbcRosterSnapshots;
import dk.bif.store.jdbc.tool.ToolStores;
import org.junit.jupiter.api.Nested;

/**
 * {@link JdbcRosterSnapshots} keeps the {@link RosterSnapshots} contract on H2 and on PostgreSQL.
 */
class JdbcRosterSnapshotsContractTest {
  @Nested
  class OnH2 extends AbstractRosterSnapshotsContractTest {
    @Override
    protected RosterSnapshots snapshots() {
      return new JdbcRosterSnapshots(TestDatabases.emptyH2(ToolStores.SCHEMA));
    }
  }

  @Nested
  class OnPostgres extends AbstractRosterSnapshotsContractTest {
    @Override
    protected RosterSnapshots snapshots() {
      return new JdbcRosterSnapshots(TestDatabases.emptyPostgres(ToolStores.SCHEMA));
    }
  }
}
