package dk.bif.lti.launch;

import dk.bif.lti.testing.MutableClock;
import java.time.Instant;

class InMemoryNonceStoreTest extends AbstractNonceStoreContractTest {
  @Override
  protected NonceStore emptyStore() {
    return new InMemoryNonceStore(new MutableClock(Instant.parse("2026-01-01T00:00:00Z")));
  }
}
