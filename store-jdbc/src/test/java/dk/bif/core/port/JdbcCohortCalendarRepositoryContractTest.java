package dk.bif.core.port;

import dk.bif.core.curriculum.Catalogue;
import dk.bif.store.jdbc.JdbcCohortCalendarRepository;
import dk.bif.store.jdbc.TestDatabases;
import org.junit.jupiter.api.Nested;

/**
 * {@link JdbcCohortCalendarRepository} keeps the {@link CohortCalendarRepository} contract on H2
 * and on PostgreSQL.
 */
class JdbcCohortCalendarRepositoryContractTest {
  @Nested
  class OnH2 extends AbstractCohortCalendarRepositoryContractTest {
    @Override
    protected CohortCalendarRepository newRepository() {
      return new JdbcCohortCalendarRepository(TestDatabases.emptyH2(), Catalogue.builtIn());
    }
  }

  @Nested
  class OnPostgres extends AbstractCohortCalendarRepositoryContractTest {
    @Override
    protected CohortCalendarRepository newRepository() {
      return new JdbcCohortCalendarRepository(TestDatabases.emptyPostgres(), Catalogue.builtIn());
    }
  }
}
