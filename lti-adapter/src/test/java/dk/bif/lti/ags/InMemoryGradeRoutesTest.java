package dk.bif.lti.ags;

class InMemoryGradeRoutesTest extends AbstractGradeRoutesContractTest {
  @Override
  protected GradeRoutes routes() {
    return new InMemoryGradeRoutes();
  }
}
