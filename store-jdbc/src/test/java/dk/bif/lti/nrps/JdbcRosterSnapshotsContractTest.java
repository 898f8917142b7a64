package dk.bif.lti.nrps;

import dk.bif.store.jdbc.JdbcRosterSnapshots;
import dk.bif.store.jdbc.TestDatabases;
import org.junit.jupiter.api.Nested;

/**
 * {@link JdbcRosterSnapshots} keeps the {@link RosterSnapshots} contract on H2 and on PostgreSQL.
 */
class JdbcRosterSnapshotsContractTest {
  @Nested
  class OnH2 extends AbstractRosterSnapshotsContractTest {
    @Override
    protected RosterSnapshots snapshots() {
      return new JdbcRosterSnapshots(TestDatabases.emptyH2());
    }
  }

  @Nested
  class OnPostgres extends AbstractRosterSnapshotsContractTest {
    @Override
    protected RosterSnapshots snapshots() {
      return new JdbcRosterSnapshots(TestDatabases.emptyPostgres());
    }
  }
}
