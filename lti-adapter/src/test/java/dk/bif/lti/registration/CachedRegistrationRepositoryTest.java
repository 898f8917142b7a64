package dk.bif.lti.registration;

import static org.assertj.core.api.Assertions.assertThat;

import dk.bif.lti.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CachedRegistrationRepositoryTest {
  private static final RegistrationKey KEY =
      new RegistrationKey(Issuer.of("https://lms"), ClientId.of("c"));

  private final MutableClock clock = new MutableClock(Instant.parse("2026-12-04T08:00:00Z"));
  private final InMemoryRegistrationRepository elsewhere = new InMemoryRegistrationRepository();
  private final CachedRegistrationRepository cached =
      new CachedRegistrationRepository(elsewhere, clock);

  @Nested
  class KeepsTheContract extends AbstractRegistrationRepositoryContractTest {
    @Override
    protected RegistrationRepository emptyRepository() {
      return new CachedRegistrationRepository(new InMemoryRegistrationRepository(), clock);
    }
  }

  @Test
  void aPlatformAddedElsewhereIsFoundAtItsFirstLogin() {
    assertThat(cached.find(KEY)).isEmpty();

    elsewhere.save(
        AbstractRegistrationRepositoryContractTest.registration("https://lms", "c", "d"));

    assertThat(cached.find(KEY)).isPresent();
  }

  @Test
  void aRegistrationRemovedElsewhereIsRefusedOnceItsKeepIsOver() {
    elsewhere.save(
        AbstractRegistrationRepositoryContractTest.registration("https://lms", "c", "d"));
    assertThat(cached.find(KEY)).isPresent();

    elsewhere.remove(KEY);
    clock.advance(CachedRegistrationRepository.KEEP.minusMillis(1));
    assertThat(cached.find(KEY)).as("still within the keep").isPresent();
    clock.advance(Duration.ofMillis(1));

    assertThat(cached.find(KEY)).isEmpty();
  }

  @Test
  void aDeploymentAddedElsewhereIsAcceptedOnceTheKeepIsOver() {
    elsewhere.save(
        AbstractRegistrationRepositoryContractTest.registration("https://lms", "c", "d1"));
    assertThat(cached.findDeployment(KEY, DeploymentId.of("d2"))).isEmpty();

    elsewhere.save(
        AbstractRegistrationRepositoryContractTest.registration("https://lms", "c", "d1", "d2"));
    clock.advance(CachedRegistrationRepository.KEEP);

    assertThat(cached.findDeployment(KEY, DeploymentId.of("d2"))).isPresent();
  }

  @Test
  void aSaveOrRemovalThroughTheCacheIsSeenAtOnce() {
    cached.save(AbstractRegistrationRepositoryContractTest.registration("https://lms", "c", "d1"));
    assertThat(cached.find(KEY)).isPresent();

    cached.save(AbstractRegistrationRepositoryContractTest.registration("https://lms", "c", "d2"));
    assertThat(cached.findDeployment(KEY, DeploymentId.of("d2"))).isPresent();

    cached.remove(KEY);
    assertThat(cached.find(KEY)).isEmpty();
  }
}
