package dk.bif.tool.bridge;

import dk.bif.store.jdbc.TestDatabases;
import dk.bif.store.jdbc.tool.JdbcRefusedClaims;
import dk.bif.store.jdbc.tool.ToolStores;
import org.junit.jupiter.api.Nested;

/** {@link JdbcRefusedClaims} keeps the {@link RefusedClaims} contract on H2 and on PostgreSQL. */
class JdbcRefusedClaimsContractTest {
  @Nested
  class OnH2 extends AbstractRefusedClaimsContractTest {
    @Override
    protected RefusedClaims claims() {
      return new JdbcRefusedClaims(TestDatabases.emptyH2(ToolStores.SCHEMA));
    }
  }

  @Nested
  class OnPostgres extends AbstractRefusedClaimsContractTest {
    @Override
    protected RefusedClaims claims() {
      return new JdbcRefusedClaims(TestDatabases.emptyPostgres(ToolStores.SCHEMA));
    }
  }
}
