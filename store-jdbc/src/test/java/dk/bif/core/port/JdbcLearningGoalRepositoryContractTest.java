package dk.bif.core.port;

import dk.bif.store.jdbc.JdbcLearningGoalRepository;
import dk.bif.store.jdbc.TestDatabases;
import org.junit.jupiter.api.Nested;

/**
 * {@link JdbcLearningGoalRepository} keeps the {@link LearningGoalRepository} contract on H2 and on
 * PostgreSQL.
 */
class JdbcLearningGoalRepositoryContractTest {
  @Nested
  class OnH2 extends AbstractLearningGoalRepositoryContractTest {
    @Override
    protected LearningGoalRepository newRepository() {
      return new JdbcLearningGoalRepository(TestDatabases.emptyH2());
    }
  }

  @Nested
  class OnPostgres extends AbstractLearningGoalRepositoryContractTest {
    @Override
    protected LearningGoalRepository newRepository() {
      return new JdbcLearningGoalRepository(TestDatabases.emptyPostgres());
    }
  }
}
