package dk.bif.core.inmemory;

import dk.bif.core.port.AbstractRatingRepositoryContractTest;
import dk.bif.core.port.RatingRepository;

class InMemoryRatingRepositoryTest extends AbstractRatingRepositoryContractTest {
  @Override
  protected RatingRepository createRepository() {
    return new InMemoryRatingRepository();
  }
}
