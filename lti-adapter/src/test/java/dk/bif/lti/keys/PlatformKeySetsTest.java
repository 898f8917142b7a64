package dk.bif.lti.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import dk.bif.lti.http.FetchedResponse;
import dk.bif.lti.http.HttpFetchException;
import dk.bif.lti.http.HttpFetcher;
import dk.bif.lti.http.OutboundRequest;
import dk.bif.lti.registration.PlatformKeySource;
import dk.bif.lti.testing.MutableClock;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class PlatformKeySetsTest {
  private static final PlatformKeySource SOURCE =
      new PlatformKeySource.KeySetUrl(URI.create("https://lms.example/jwks"));
  private static final RSAKey KEY_1 = ToolKeyFiles.generate("k1");
  private static final RSAKey KEY_2 = ToolKeyFiles.generate("k2");

  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));

  /** A platform whose published keys and Cache-Control the test sets, counting fetches. */
  static final class FakePlatform implements HttpFetcher {
    volatile JWKSet published = new JWKSet(KEY_1.toPublicJWK());
    volatile String cacheControl = null;
    volatile boolean down = false;
    volatile int status = 200;
    final AtomicInteger fetches = new AtomicInteger();

    @Override
    public FetchedResponse send(OutboundRequest request) throws HttpFetchException {
      fetches.incrementAndGet();
      if (down) throw new HttpFetchException("connection refused", null);
      if (status != 200) return new FetchedResponse(status, Map.of(), "unavailable");
      Map<String, List<String>> headers =
          cacheControl == null ? Map.of() : Map.of("Cache-Control", List.of(cacheControl));
      return new FetchedResponse(200, headers, published.toString());
    }
  }

  private final FakePlatform platform = new FakePlatform();
  private final PlatformKeySets keySets =
      new PlatformKeySets(platform, clock, KeySetCachePolicy.defaults());

  @Test
  void aKeyIsFetchedOnceAndServedFromTheCacheWhileFresh() throws Exception {
    assertThat(keySets.find(SOURCE, "k1")).map(PlatformKey::kid).contains("k1");
    clock.advance(Duration.ofMinutes(4));
    assertThat(keySets.find(SOURCE, "k1")).isPresent();
    assertThat(platform.fetches).hasValue(1);
  }

  @Test
  void cacheControlMaxAgeDecidesWhenTheSetIsFetchedAgain() throws Exception {
    platform.cacheControl = "public, max-age=120";
    keySets.find(SOURCE, "k1");
    clock.advance(Duration.ofSeconds(119));
    keySets.find(SOURCE, "k1");
    assertThat(platform.fetches).hasValue(1);
    clock.advance(Duration.ofSeconds(2));
    keySets.find(SOURCE, "k1");
    assertThat(platform.fetches).hasValue(2);
  }

  @Test
  void aMaxAgeBelowTheFloorIsRaisedToTheFloor() throws Exception {
    platform.cacheControl = "max-age=1";
    keySets.find(SOURCE, "k1");
    clock.advance(KeySetCachePolicy.DEFAULT_FLOOR.minusSeconds(1));
    keySets.find(SOURCE, "k1");
    assertThat(platform.fetches).hasValue(1);
  }

  @Test
  void cacheTimeIsClampedBetweenFloorAndCeiling() {
    KeySetCachePolicy policy = KeySetCachePolicy.defaults();
    assertThat(policy.cacheTime("max-age=31536000")).isEqualTo(KeySetCachePolicy.DEFAULT_CEILING);
    assertThat(policy.cacheTime("max-age=86400")).isEqualTo(Duration.ofMinutes(5));
    assertThat(policy.cacheTime("no-store")).isEqualTo(KeySetCachePolicy.DEFAULT_FLOOR);
    assertThat(policy.cacheTime(null)).isEqualTo(KeySetCachePolicy.DEFAULT_WITHOUT_CACHE_CONTROL);
    assertThat(policy.cacheTime("max-age=180")).isEqualTo(Duration.ofMinutes(3));
    assertThat(policy.cacheTime("max-age=soon"))
        .isEqualTo(KeySetCachePolicy.DEFAULT_WITHOUT_CACHE_CONTROL);
  }

  @ParameterizedTest(name = "Cache-Control: {0}")
  @NullSource
  @ValueSource(strings = {"max-age=86400", "public, max-age=31536000, immutable"})
  void aKeyThePlatformStopsPublishingIsRefusedWithinFiveMinutes(String cacheControl)
      throws Exception {
    // given the tool holds the platform's set with k1
    platform.cacheControl = cacheControl;
    assertThat(keySets.find(SOURCE, "k1")).isPresent();

    // when the platform drops k1 (a leaked key) and publishes k2 instead
    platform.published = new JWKSet(KEY_2.toPublicJWK());

    // then k1 is still trusted just before the ceiling and refused from the ceiling on
    clock.advance(KeySetCachePolicy.DEFAULT_CEILING.minusSeconds(1));
    assertThat(keySets.find(SOURCE, "k1")).isPresent();
    clock.advance(Duration.ofSeconds(1));
    assertThat(keySets.find(SOURCE, "k1")).isEmpty();
    assertThat(KeySetCachePolicy.DEFAULT_CEILING).isEqualTo(Duration.ofMinutes(5));
  }

  @Test
  void anUnknownKidRefetchesAtOnceEvenRightAfterAFetch() throws Exception {
    // given the tool fetched the set a second ago, before the platform published k2
    keySets.find(SOURCE, "k1");
    platform.published = new JWKSet(List.of(KEY_1.toPublicJWK(), KEY_2.toPublicJWK()));
    clock.advance(Duration.ofSeconds(1));

    // when a launch signed with k2 arrives, then k2 is found by one refetch
    assertThat(keySets.find(SOURCE, "k2")).map(PlatformKey::kid).contains("k2");
    assertThat(platform.fetches).hasValue(2);
  }

  @Test
  void refetchesForUnknownKidsAreCappedPerPlatformKeySet() throws Exception {
    // given a fresh set
    keySets.find(SOURCE, "k1");
    int cap = KeySetCachePolicy.DEFAULT_MAX_UNKNOWN_KID_REFETCHES;

    // when a stream of forged kids arrives within one window
    for (int i = 0; i < cap + 5; i++) {
      assertThat(keySets.find(SOURCE, "forged-" + i)).isEmpty();
    }

    // then the platform was asked again only up to the cap; another platform's budget is its own
    assertThat(platform.fetches).hasValue(1 + cap);
    FakePlatform other = new FakePlatform();
    PlatformKeySets both = new PlatformKeySets(other, clock, KeySetCachePolicy.defaults());
    PlatformKeySource second =
        new PlatformKeySource.KeySetUrl(URI.create("https://other.example/jwks"));
    both.find(SOURCE, "k1");
    both.find(second, "k1");
    for (int i = 0; i < cap + 1; i++) both.find(SOURCE, "forged-" + i);
    both.find(second, "forged-x");
    assertThat(other.fetches).hasValue(2 + cap + 1);

    // and once the window has passed, a new kid is looked up again
    clock.advance(KeySetCachePolicy.DEFAULT_UNKNOWN_KID_WINDOW);
    platform.published = new JWKSet(List.of(KEY_1.toPublicJWK(), KEY_2.toPublicJWK()));
    assertThat(keySets.find(SOURCE, "k2")).isPresent();
    assertThat(platform.fetches).hasValue(1 + cap + 1);
  }

  @Test
  void aFailedRefetchKeepsThePlatformsGoodKeys() throws Exception {
    // given the tool holds the platform's set, and the key-set URL starts answering 503
    assertThat(keySets.find(SOURCE, "k1")).isPresent();
    platform.status = 503;

    // when a launch names a kid the tool does not have, the refetch fails: that launch cannot be
    // decided
    assertThatThrownBy(() -> keySets.find(SOURCE, "k9"))
        .isInstanceOf(KeySetUnavailableException.class)
        .hasMessageContaining("answered HTTP 503");

    // then launches signed with the known key go on, also after the set's cache time, with the
    // platform asked at most once per retry interval
    assertThat(keySets.find(SOURCE, "k1")).isPresent();
    clock.advance(KeySetCachePolicy.DEFAULT_CEILING.plusMinutes(1));
    assertThat(keySets.find(SOURCE, "k1")).isPresent();
    assertThat(keySets.find(SOURCE, "k1")).isPresent();
    assertThat(platform.fetches).hasValue(3);
    clock.advance(KeySetCachePolicy.DEFAULT_RETRY_AFTER_FAILURE);
    assertThat(keySets.find(SOURCE, "k1")).isPresent();
    assertThat(platform.fetches).hasValue(4);

    // and the last good set is trusted no longer than the outage tolerance after its fetch
    clock.advance(KeySetCachePolicy.DEFAULT_OUTAGE_TOLERANCE);
    assertThatThrownBy(() -> keySets.find(SOURCE, "k1"))
        .isInstanceOf(KeySetUnavailableException.class);

    // and when the platform answers again, its set is fetched and used
    platform.status = 200;
    clock.advance(KeySetCachePolicy.DEFAULT_RETRY_AFTER_FAILURE);
    assertThat(keySets.find(SOURCE, "k1")).isPresent();
  }

  @Test
  void anUnreachableKeySetIsATransportFailureRememberedForTheRetryInterval() throws Exception {
    platform.down = true;
    assertThatThrownBy(() -> keySets.find(SOURCE, "k1"))
        .isInstanceOf(KeySetUnavailableException.class)
        .hasMessageContaining("https://lms.example/jwks");
    assertThatThrownBy(() -> keySets.find(SOURCE, "k1"))
        .isInstanceOf(KeySetUnavailableException.class);
    assertThat(platform.fetches).hasValue(1);

    platform.down = false;
    clock.advance(KeySetCachePolicy.DEFAULT_RETRY_AFTER_FAILURE);
    assertThat(keySets.find(SOURCE, "k1")).isPresent();
    assertThat(platform.fetches).hasValue(2);
  }

  @Test
  void anAnswerThatIsNotAJwkSetIsATransportFailure() {
    HttpFetcher html = request -> new FetchedResponse(200, Map.of(), "<html>maintenance</html>");
    PlatformKeySets sets = new PlatformKeySets(html, clock, KeySetCachePolicy.defaults());

    assertThatThrownBy(() -> sets.find(SOURCE, "k1"))
        .isInstanceOf(KeySetUnavailableException.class)
        .hasMessageContaining("is not a JWK Set");
  }

  @Test
  void concurrentRefreshesOfOneKeySetAreMergedIntoOneRequest() throws Exception {
    // given a fetch that stays open until every other caller is waiting for it (or has fetched)
    Callers callers = new Callers(6);
    AtomicInteger sends = new AtomicInteger();
    HttpFetcher slow =
        request -> {
          if (sends.incrementAndGet() == 1) callers.holdUntilTheOthersWait(() -> sends.get() == 1);
          return new FetchedResponse(200, Map.of(), new JWKSet(KEY_1.toPublicJWK()).toString());
        };
    PlatformKeySets shared = new PlatformKeySets(slow, clock, KeySetCachePolicy.defaults());

    // when
    List<Optional<PlatformKey>> found = callers.find(shared, "k1");

    // then
    assertThat(sends).hasValue(1);
    assertThat(found).hasSize(callers.count).allSatisfy(k -> assertThat(k).isPresent());
  }

  @Test
  void concurrentMissesOfOneKidShareOneRefetch() throws Exception {
    // given a fresh set without k2, and a refetch that stays open until every caller waits on it
    Callers callers = new Callers(6);
    AtomicInteger sends = new AtomicInteger();
    HttpFetcher slow =
        request -> {
          int n = sends.incrementAndGet();
          if (n == 2) callers.holdUntilTheOthersWait(() -> sends.get() == 2);
          JWKSet set =
              n == 1
                  ? new JWKSet(KEY_1.toPublicJWK())
                  : new JWKSet(List.of(KEY_1.toPublicJWK(), KEY_2.toPublicJWK()));
          return new FetchedResponse(200, Map.of(), set.toString());
        };
    PlatformKeySets shared = new PlatformKeySets(slow, clock, KeySetCachePolicy.defaults());
    shared.find(SOURCE, "k1");

    // when they all miss k2 at once
    List<Optional<PlatformKey>> found = callers.find(shared, "k2");

    // then one refetch served them all
    assertThat(sends).hasValue(2);
    assertThat(found).hasSize(callers.count).allSatisfy(k -> assertThat(k).isPresent());
  }

  /** Threads that look up one kid at once; the fetch holds until the others wait for it. */
  private static final class Callers {
    final int count;
    final List<Thread> threads = new ArrayList<>();

    Callers(int count) {
      this.count = count;
    }

    /** Spins while {@code stillAlone} and not every other caller waits (or has finished). */
    void holdUntilTheOthersWait(java.util.function.BooleanSupplier stillAlone) {
      while (stillAlone.getAsBoolean() && !othersWaiting()) Thread.onSpinWait();
    }

    private boolean othersWaiting() {
      long waiting =
          threads.stream()
              .filter(t -> t != Thread.currentThread())
              .filter(
                  t ->
                      t.getState() == Thread.State.WAITING
                          || t.getState() == Thread.State.TERMINATED)
              .count();
      return waiting == threads.size() - 1;
    }

    List<Optional<PlatformKey>> find(PlatformKeySets sets, String kid) throws InterruptedException {
      List<Optional<PlatformKey>> found = java.util.Collections.synchronizedList(new ArrayList<>());
      for (int i = 0; i < count; i++) {
        threads.add(
            new Thread(
                () -> {
                  try {
                    found.add(sets.find(SOURCE, kid));
                  } catch (KeySetUnavailableException e) {
                    throw new AssertionError(e);
                  }
                }));
      }
      threads.forEach(Thread::start);
      for (Thread t : threads) t.join();
      return found;
    }
  }

  @Test
  void aKeyThatIsNotAnRs256SigningKeyHasNoVerifier() throws Exception {
    platform.published =
        new JWKSet(List.of(new ECKeyGenerator(Curve.P_256).keyID("ec").generate().toPublicJWK()));
    assertThat(keySets.find(SOURCE, "ec"))
        .hasValueSatisfying(k -> assertThat(k.rs256Verifier()).isEmpty());
  }

  @Test
  void staticKeysNeedNoFetch() throws Exception {
    PlatformKeySource fixed =
        new PlatformKeySource.StaticKeys(new JWKSet(KEY_2.toPublicJWK()).toString());
    assertThat(keySets.find(fixed, "k2")).isPresent();
    assertThat(keySets.find(fixed, "k1")).isEmpty();
    assertThat(platform.fetches).hasValue(0);
  }
}
