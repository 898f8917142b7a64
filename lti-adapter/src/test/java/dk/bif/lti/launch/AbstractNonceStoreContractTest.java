package dk.bif.lti.launch;

import static org.assertj.core.api.Assertions.assertThat;

import dk.bif.lti.registration.Issuer;
import java.time.Instant;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The contract every {@link NonceStore} must keep. */
public abstract class AbstractNonceStoreContractTest {
  protected abstract NonceStore emptyStore();

  private static final Instant LATER = Instant.parse("2030-01-01T00:00:00Z");

  @Test
  void aNonceIsAcceptedOnceOnly() {
    NonceStore store = emptyStore();
    assertThat(store.firstUse(Issuer.of("https://lms"), "n1", LATER)).isTrue();
    assertThat(store.firstUse(Issuer.of("https://lms"), "n1", LATER)).isFalse();
  }

  @Test
  void theSameNonceFromAnotherIssuerIsAnotherNonce() {
    NonceStore store = emptyStore();
    assertThat(store.firstUse(Issuer.of("https://a"), "n1", LATER)).isTrue();
    assertThat(store.firstUse(Issuer.of("https://b"), "n1", LATER)).isTrue();
  }

  @Test
  void concurrentUsesOfOneNonceLetExactlyOneThrough() throws Exception {
    NonceStore store = emptyStore();
    ConcurrentLinkedQueue<Boolean> results = new ConcurrentLinkedQueue<>();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    for (int i = 0; i < 64; i++) {
      pool.execute(() -> results.add(store.firstUse(Issuer.of("https://lms"), "race", LATER)));
    }
    pool.shutdown();
    assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
    assertThat(results).hasSize(64).containsOnlyOnce(true);
  }
}
