package dk.bif.core.inmemory;

import dk.bif.core.port.AbstractGradeOutboxContractTest;

class InMemoryGradeOutboxTest extends AbstractGradeOutboxContractTest {
  @Override
  protected Store newStore() {
    InMemoryUnitOfWork unit = new InMemoryUnitOfWork();
    return new Store(unit, new InMemoryGradeOutbox(unit));
  }
}
