package dk.bif.lti.deeplink;

import static org.assertj.core.api.Assertions.assertThat;

import dk.bif.lti.launch.DeepLinkingSettings;
import dk.bif.lti.registration.ClientId;
import dk.bif.lti.registration.Deployment;
import dk.bif.lti.registration.DeploymentId;
import dk.bif.lti.registration.Issuer;
import dk.bif.lti.registration.RegistrationKey;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The contract every {@link PendingDeepLinks} implementation keeps. */
public abstract class AbstractPendingDeepLinksContractTest {

  private static final Instant T0 = Instant.parse("2026-06-01T10:00:00Z");
  private static final Instant EXPIRES = T0.plus(PendingDeepLinks.LIFETIME);
  private static final PendingDeepLink CHOICE =
      new PendingDeepLink(
          new Deployment(
              new RegistrationKey(Issuer.of("https://moodle.example"), ClientId.of("m1")),
              DeploymentId.of("1")),
          new DeepLinkingSettings(
              URI.create("https://moodle.example/mod/lti/contentitem_return.php?course=2&id=1"),
              List.of("ltiResourceLink", "link"),
              Optional.of("{\"opaque\":\"æøå\"}"),
              true,
              true,
              false));

  /** A fresh, empty store. */
  protected abstract PendingDeepLinks pending();

  @Test
  void aKeptChoiceIsTakenWhole() {
    PendingDeepLinks pending = pending();
    pending.keep("tok-1", CHOICE, EXPIRES);

    assertThat(pending.take("tok-1", T0.plusSeconds(60))).contains(CHOICE);
  }

  @Test
  void aTokenWorksOnce() {
    PendingDeepLinks pending = pending();
    pending.keep("tok-1", CHOICE, EXPIRES);
    pending.take("tok-1", T0);

    assertThat(pending.take("tok-1", T0)).isEmpty();
  }

  @Test
  void anExpiredOrUnknownTokenGivesNothing() {
    PendingDeepLinks pending = pending();
    pending.keep("tok-1", CHOICE, EXPIRES);

    assertThat(pending.take("tok-1", EXPIRES)).isEmpty();
    assertThat(pending.take("nope", T0)).isEmpty();
    assertThat(pending.take("", T0)).isEmpty();
    assertThat(pending.take(null, T0)).isEmpty();
  }

  @Test
  void purgingForgetsOnlyExpiredChoices() {
    PendingDeepLinks pending = pending();
    pending.keep("old", CHOICE, T0.minusSeconds(1));
    pending.keep("live", CHOICE, EXPIRES);

    assertThat(pending.purgeExpired(T0)).isEqualTo(1);
    assertThat(pending.take("live", T0)).contains(CHOICE);
  }

  @Test
  void ofConcurrentTakesOfOneTokenOnlyOneGetsTheChoice() throws Exception {
    PendingDeepLinks pending = pending();
    pending.keep("race", CHOICE, EXPIRES);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Optional<PendingDeepLink>>> racers = new ArrayList<>();
      for (int i = 0; i < 16; i++) racers.add(() -> pending.take("race", T0));
      int got = 0;
      for (Future<Optional<PendingDeepLink>> f : pool.invokeAll(racers))
        got += f.get().isPresent() ? 1 : 0;
      assertThat(got).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }
}
