package dk.bif.core.inmemory;

import dk.bif.core.port.AbstractCohortCalendarRepositoryContractTest;
import dk.bif.core.port.CohortCalendarRepository;

class InMemoryCohortCalendarRepositoryTest extends AbstractCohortCalendarRepositoryContractTest {
  @Override
  protected CohortCalendarRepository newRepository() {
    return new InMemoryCohortCalendarRepository();
  }
}
