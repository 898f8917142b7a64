package dk.bif.lti.oidc;

import dk.bif.lti.testing.MutableClock;
import java.time.Instant;

class InMemoryStateStoreTest extends AbstractStateStoreContractTest {
  @Override
  protected StateStore emptyStore() {
    return new InMemoryStateStore(new MutableClock(Instant.parse("2020-01-01T00:01:00Z")));
  }
}
