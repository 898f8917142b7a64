package dk.bif.tool.roster;

import static org.assertj.core.api.Assertions.assertThat;

import dk.bif.core.curriculum.PartId;
import dk.bif.core.enrolment.CohortId;
import dk.bif.lti.launch.LmsCourse;
import dk.bif.lti.registration.ClientId;
import dk.bif.lti.registration.Deployment;
import dk.bif.lti.registration.DeploymentId;
import dk.bif.lti.registration.Issuer;
import dk.bif.lti.registration.RegistrationKey;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The contract every {@link RosterSources} implementation keeps. */
public abstract class AbstractRosterSourcesContractTest {

  private static final LmsCourse COURSE =
      new LmsCourse(
          new Deployment(
              new RegistrationKey(Issuer.of("https://moodle.example"), ClientId.of("m1")),
              DeploymentId.of("1")),
          "course-2");
  private static final URI MEMBERSHIPS =
      URI.create(
          "https://moodle.example/mod/lti/services.php/CourseSection/2/bindings/1/memberships");
  private static final CohortId COHORT = CohortId.of("D1-H7");
  private static final Instant T0 = Instant.parse("2026-06-01T10:00:00Z");
  private static final Duration TEN_MINUTES = Duration.ofMinutes(10);

  /** A fresh, empty store. */
  protected abstract RosterSources sources();

  private static RosterSource source() {
    return RosterSource.of(COHORT, COURSE, MEMBERSHIPS, Optional.of(PartId.BIF_DEL_1));
  }

  @Test
  void aSavedSourceIsFoundWithHowItsSyncsWent() {
    RosterSources sources = sources();
    RosterSource source =
        source()
            .started(T0)
            .succeeded(T0.plusSeconds(2))
            .started(T0.plusSeconds(900))
            .failed("the platform answered HTTP 503: {\"error\":\"down\"}");

    sources.save(source);

    assertThat(sources.find(COHORT)).contains(source);
    assertThat(sources.find(CohortId.of("other"))).isEmpty();
  }

  @Test
  void aSourceWithoutPartOrSyncsIsFoundAsSaved() {
    RosterSources sources = sources();
    RosterSource source = RosterSource.of(COHORT, COURSE, MEMBERSHIPS, Optional.empty());

    sources.save(source);

    assertThat(sources.find(COHORT)).contains(source);
  }

  @Test
  void aSyncIsClaimedOncePerIntervalAndRecordsItsStart() {
    RosterSources sources = sources();
    sources.save(source());

    assertThat(sources.claim(COHORT, T0, TEN_MINUTES)).isTrue();
    assertThat(sources.claim(COHORT, T0.plus(Duration.ofMinutes(9)), TEN_MINUTES)).isFalse();
    assertThat(sources.find(COHORT).orElseThrow().lastStarted()).contains(T0);
    assertThat(sources.claim(COHORT, T0.plus(TEN_MINUTES), TEN_MINUTES)).isTrue();
    assertThat(sources.find(COHORT).orElseThrow().lastStarted()).contains(T0.plus(TEN_MINUTES));
  }

  @Test
  void aCohortWithoutSourceCannotBeClaimed() {
    assertThat(sources().claim(COHORT, T0, TEN_MINUTES)).isFalse();
  }

  @Test
  void ofConcurrentClaimsOnlyOneWins() throws Exception {
    RosterSources sources = sources();
    sources.save(source());
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Boolean>> racers = new ArrayList<>();
      for (int i = 0; i < 16; i++) racers.add(() -> sources.claim(COHORT, T0, TEN_MINUTES));
      int won = 0;
      for (Future<Boolean> f : pool.invokeAll(racers)) won += f.get() ? 1 : 0;
      assertThat(won).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }
}
