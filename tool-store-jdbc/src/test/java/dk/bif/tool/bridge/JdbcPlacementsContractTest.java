package dk.bif.tool.bridge;

import dk.bif.store.jdbc.TestDatabases;
import dk.bif.store.jdbc.tool.JdbcPlacements;
import dk.bif.store.jdbc.tool.ToolStores;
import org.junit.jupiter.api.Nested;

/** {@link JdbcPlacements} keeps the {@link Placements} contract on H2 and on PostgreSQL. */
class JdbcPlacementsContractTest {
  @Nested
  class OnH2 extends AbstractPlacementsContractTest {
    @Override
    protected Placements placements() {
      return new JdbcPlacements(TestDatabases.emptyH2(ToolStores.SCHEMA));
    }
  }

  @Nested
  class OnPostgres extends AbstractPlacementsContractTest {
    @Override
    protected Placements placements() {
      return new JdbcPlacements(TestDatabases.emptyPostgres(ToolStores.SCHEMA));
    }
  }
}
