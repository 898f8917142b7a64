package dk.bif.lti.keys;

import dk.bif.store.jdbc.TestDatabases;
import dk.bif.store.jdbc.tool.JdbcToolKeyRing;
import dk.bif.store.jdbc.tool.ToolStores;
import org.junit.jupiter.api.Nested;

/** {@link JdbcToolKeyRing} keeps the {@link ToolKeyRing} contract on H2 and on PostgreSQL. */
class JdbcToolKeyRingContractTest {
  @Nested
  class OnH2 extends AbstractToolKeyRingContractTest {
    @Override
    protected ToolKeyRing emptyRing() {
      return new JdbcToolKeyRing(TestDatabases.emptyH2(ToolStores.SCHEMA));
    }
  }

  @Nested
  class OnPostgres extends AbstractToolKeyRingContractTest {
    @Override
    protected ToolKeyRing emptyRing() {
      return new JdbcToolKeyRing(TestDatabases.emptyPostgres(ToolStores.SCHEMA));
    }
  }
}
