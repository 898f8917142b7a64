package dk.bif.tool.grades;

import dk.bif.store.jdbc.TestDatabases;
import dk.bif.store.jdbc.tool.JdbcExamPlacements;
import dk.bif.store.jdbc.tool.ToolStores;
import org.junit.jupiter.api.Nested;

/** {@link JdbcExamPlacements} keeps the {@link ExamPlacements} contract on H2 and on PostgreSQL. */
class JdbcExamPlacementsContractTest {
  @Nested
  class OnH2 extends AbstractExamPlacementsContractTest {
    @Override
    protected ExamPlacements placements() {
      return new JdbcExamPlacements(TestDatabases.emptyH2(ToolStores.SCHEMA));
    }
  }

  @Nested
  class OnPostgres extends AbstractExamPlacementsContractTest {
    @Override
    protected ExamPlacements placements() {
      return new JdbcExamPlacements(TestDatabases.emptyPostgres(ToolStores.SCHEMA));
    }
  }
}
