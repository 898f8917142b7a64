package dk.bif.core.port;

import dk.bif.store.jdbc.JdbcEvaluationRepository;
import dk.bif.store.jdbc.TestDatabases;
import org.junit.jupiter.api.Nested;

/**
 * {@link JdbcEvaluationRepository} keeps the {@link EvaluationRepository} contract on H2 and on
 * PostgreSQL.
 */
class JdbcEvaluationRepositoryContractTest {
  @Nested
  class OnH2 extends AbstractEvaluationRepositoryContractTest {
    @Override
    protected EvaluationRepository createRepository() {
      return new JdbcEvaluationRepository(TestDatabases.emptyH2());
    }
  }

  @Nested
  class OnPostgres extends AbstractEvaluationRepositoryContractTest {
    @Override
    protected EvaluationRepository createRepository() {
      return new JdbcEvaluationRepository(TestDatabases.emptyPostgres());
    }
  }
}
