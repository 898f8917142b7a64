package dk.bif.lti.nrps;

import dk.bif.store.jdbc.JdbcRosterSources;
import dk.bif.store.jdbc.TestDatabases;
import org.junit.jupiter.api.Nested;

/** {@link JdbcRosterSources} keeps the {@link RosterSources} contract on H2 and on PostgreSQL. */
class JdbcRosterSourcesContractTest {
  @Nested
  class OnH2 extends AbstractRosterSourcesContractTest {
    @Override
    protected RosterSources sources() {
      return new JdbcRosterSources(TestDatabases.emptyH2());
    }
  }

  @Nested
  class OnPostgres extends AbstractRosterSourcesContractTest {
    @Override
    protected RosterSources sources() {
      return new JdbcRosterSources(TestDatabases.emptyPostgres());
    }
  }
}
