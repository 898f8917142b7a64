package dk.bif.lti.ags;

import dk.bif.store.jdbc.JdbcGradeRoutes;
import dk.bif.store.jdbc.TestDatabases;
import org.junit.jupiter.api.Nested;

/** {@link JdbcGradeRoutes} keeps the {@link GradeRoutes} contract on H2 and on PostgreSQL. */
class JdbcGradeRoutesContractTest {
  @Nested
  class OnH2 extends AbstractGradeRoutesContractTest {
    @Override
    protected GradeRoutes routes() {
      return new JdbcGradeRoutes(TestDatabases.emptyH2());
    }
  }

  @Nested
  class OnPostgres extends AbstractGradeRoutesContractTest {
    @Override
    protected GradeRoutes routes() {
      return new JdbcGradeRoutes(TestDatabases.emptyPostgres());
    }
  }
}
