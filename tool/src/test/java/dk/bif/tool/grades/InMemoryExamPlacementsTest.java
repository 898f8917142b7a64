package dk.bif.tool.grades;

class InMemoryExamPlacementsTest extends AbstractExamPlacementsContractTest {
  @Override
  protected ExamPlacements placements() {
    return new InMemoryExamPlacements();
  }
}
