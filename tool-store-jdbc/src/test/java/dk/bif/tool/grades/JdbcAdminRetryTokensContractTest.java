package dk.bif.tool.grades;

import dk.bif.store.jdbc.TestDatabases;
import dk.bif.store.jdbc.tool.JdbcAdminRetryTokens;
import dk.bif.store.jdbc.tool.ToolStores;
import org.junit.jupiter.api.Nested;

/**
 * {@link JdbcAdminRetryTokens} keeps the {@link AdminRetryTokens} contract on H2 and on PostgreSQL.
 */
class JdbcAdminRetryTokensContractTest {
  @Nested
  class OnH2 extends AbstractAdminRetryTokensContractTest {
    @Override
    protected AdminRetryTokens tokens() {
      return new JdbcAdminRetryTokens(TestDatabases.emptyH2(ToolStores.SCHEMA));
    }
  }

  @Nested
  class OnPostgres extends AbstractAdminRetryTokensContractTest {
    @Override
    protected AdminRetryTokens tokens() {
      return new JdbcAdminRetryTokens(TestDatabases.emptyPostgres(ToolStores.SCHEMA));
    }
  }
}
