package dk.bif.core.port;

import dk.bif.store.jdbc.JdbcRatingRepository;
import dk.bif.store.jdbc.TestDatabases;
import org.junit.jupiter.api.Nested;

/**
 * {@link JdbcRatingRepository} keeps the {@link RatingRepository} contract on H2 and on PostgreSQL.
 */
class JdbcRatingRepositoryContractTest {
  @Nested
  class OnH2 extends AbstractRatingRepositoryContractTest {
    @Override
    protected RatingRepository createRepository() {
      return new JdbcRatingRepository(TestDatabases.emptyH2());
    }
  }

  @Nested
  class OnPostgres extends AbstractRatingRepositoryContractTest {
    @Override
    protected RatingRepository createRepository() {
      return new JdbcRatingRepository(TestDatabases.emptyPostgres());
    }
  }
}
