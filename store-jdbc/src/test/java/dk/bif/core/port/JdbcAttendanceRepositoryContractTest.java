package dk.bif.core.port;

import dk.bif.core.curriculum.Catalogue;
import dk.bif.store.jdbc.JdbcAttendanceRepository;
import dk.bif.store.jdbc.TestDatabases;
import org.junit.jupiter.api.Nested;

/**
 * {@link JdbcAttendanceRepository} keeps the {@link AttendanceRepository} contract on H2 and on
 * PostgreSQL.
 */
class JdbcAttendanceRepositoryContractTest {
  @Nested
  class OnH2 extends AbstractAttendanceRepositoryContractTest {
    @Override
    protected AttendanceRepository newRepository() {
      return new JdbcAttendanceRepository(TestDatabases.emptyH2(), Catalogue.builtIn());
    }
  }

  @Nested
  class OnPostgres extends AbstractAttendanceRepositoryContractTest {
    @Override
    protected AttendanceRepository newRepository() {
      return new JdbcAttendanceRepository(TestDatabases.emptyPostgres(), Catalogue.builtIn());
    }
  }
}
