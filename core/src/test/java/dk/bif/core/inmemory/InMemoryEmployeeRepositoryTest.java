package dk.bif.core.inmemory;

import dk.bif.core.port.AbstractEmployeeRepositoryContractTest;
import dk.bif.core.port.EmployeeRepository;

class InMemoryEmployeeRepositoryTest extends AbstractEmployeeRepositoryContractTest {
  @Override
  protected EmployeeRepository newRepository() {
    return new InMemoryEmployeeRepository();
  }
}
