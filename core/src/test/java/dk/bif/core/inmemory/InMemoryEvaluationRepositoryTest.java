package dk.bif.core.inmemory;

import dk.bif.core.port.AbstractEvaluationRepositoryContractTest;
import dk.bif.core.port.EvaluationRepository;

class InMemoryEvaluationRepositoryTest extends AbstractEvaluationRepositoryContractTest {
  @Override
  protected EvaluationRepository createRepository() {
    return new InMemoryEvaluationRepository();
  }
}
