package dk.bif.lti.ags;

import dk.bif.store.jdbc.JdbcAdminRetryTokens;
import dk.bif.store.jdbc.TestDatabases;
import org.junit.jupiter.api.Nested;

/**
 * {@link JdbcAdminRetryTokens} keeps the {@link AdminRetryTokens} contract on H2 and on PostgreSQL.
 */
class JdbcAdminRetryTokensContractTest {
  @Nested
  class OnH2 extends AbstractAdminRetryTokensContractTest {
    @Override
    protected AdminRetryTokens tokens() {
      return new JdbcAdminRetryTokens(TestDatabases.emptyH2());
    }
  }

  @Nested
  class OnPostgres extends AbstractAdminRetryTokensContractTest {
    @Override
    protected AdminRetryTokens tokens() {
      return new JdbcAdminRetryTokens(TestDatabases.emptyPostgres());
    }
  }
}
