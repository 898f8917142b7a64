package dk.bif.core.port;

import dk.bif.store.jdbc.JdbcExamRecordRepository;
import dk.bif.store.jdbc.TestDatabases;
import org.junit.jupiter.api.Nested;

/**
 * {@link JdbcExamRecordRepository} keeps the {@link ExamRecordRepository} contract on H2 and on
 * PostgreSQL.
 */
class JdbcExamRecordRepositoryContractTest {
  @Nested
  class OnH2 extends AbstractExamRecordRepositoryContractTest {
    @Override
    protected ExamRecordRepository newRepository() {
      return new JdbcExamRecordRepository(TestDatabases.emptyH2());
    }
  }

  @Nested
  class OnPostgres extends AbstractExamRecordRepositoryContractTest {
    @Override
    protected ExamRecordRepository newRepository() {
      return new JdbcExamRecordRepository(TestDatabases.emptyPostgres());
    }
  }
}
