package dk.bif.tool.grades;

import dk.bif.store.jdbc.TestDatabases;
import dk.bif.store.jdbc.tool.JdbcGradeRoutes;
import dk.bif.store.jdbc.tool.ToolStores;
import org.junit.jupiter.api.Nested;

/** {@link JdbcGradeRoutes} keeps the {@link GradeRoutes} contract on H2 and on PostgreSQL. */
class JdbcGradeRoutesContractTest {
  @Nested
  class OnH2 extends AbstractGradeRoutesContractTest {
    @Override
    protected GradeRoutes routes() {
      return new JdbcGradeRoutes(TestDatabases.emptyH2(ToolStores.SCHEMA));
    }
  }

  @Nested
  class OnPostgres extends AbstractGradeRoutesContractTest {
    @Override
    protected GradeRoutes routes() {
      return new JdbcGradeRoutes(TestDatabases.emptyPostgres(ToolStores.SCHEMA));
    }
  }
}
