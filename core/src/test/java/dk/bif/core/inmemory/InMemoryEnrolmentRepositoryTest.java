package dk.bif.core.inmemory;

import dk.bif.core.port.AbstractEnrolmentRepositoryContractTest;
import dk.bif.core.port.EnrolmentRepository;

class InMemoryEnrolmentRepositoryTest extends AbstractEnrolmentRepositoryContractTest {
  @Override
  protected EnrolmentRepository newRepository() {
    return new InMemoryEnrolmentRepository();
  }
}
