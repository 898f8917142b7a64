package dk.bif.tool.grades;

class InMemoryGradeRoutesTest extends AbstractGradeRoutesContractTest {
  @Override
  protected GradeRoutes routes() {
    return new InMemoryGradeRoutes();
  }
}
