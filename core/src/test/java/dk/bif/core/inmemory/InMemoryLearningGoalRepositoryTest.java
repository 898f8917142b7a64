package dk.bif.core.inmemory;

import dk.bif.core.port.AbstractLearningGoalRepositoryContractTest;
import dk.bif.core.port.LearningGoalRepository;

class InMemoryLearningGoalRepositoryTest extends AbstractLearningGoalRepositoryContractTest {
  @Override
  protected LearningGoalRepository newRepository() {
    return new InMemoryLearningGoalRepository();
  }
}
