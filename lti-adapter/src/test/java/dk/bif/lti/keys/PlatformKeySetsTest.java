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
    final AtomicInteger fetches = new AtomicInteger();

    @Override
    public FetchedResponse send(OutboundRequest request) throws HttpFetchException {
      fetches.incrementAndGet();
      if (down) throw new HttpFetchException("connection refused", null);
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
    clock.advance(Duration.ofMinutes(30));
    assertThat(keySets.find(SOURCE, "k1")).isPresent();
    assertThat(platform.fetches).hasValue(1);
  }

  @Test
  void cacheControlMaxAgeDecidesWhenTheSetIsFetchedAgain() throws Exception {
    platform.cacheControl = "public, max-age=600";
    keySets.find(SOURCE, "k1");
    clock.advance(Duration.ofSeconds(599));
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
    assertThat(policy.cacheTime("no-store")).isEqualTo(KeySetCachePolicy.DEFAULT_FLOOR);
    assertThat(policy.cacheTime(null)).isEqualTo(KeySetCachePolicy.DEFAULT_WITHOUT_CACHE_CONTROL);
    assertThat(policy.cacheTime("max-age=7200")).isEqualTo(Duration.ofHours(2));
    assertThat(policy.cacheTime("max-age=soon"))
        .isEqualTo(KeySetCachePolicy.DEFAULT_WITHOUT_CACHE_CONTROL);
  }

  @Test
  void anUnknownKidCausesOneRefetchWhichFindsARotatedKey() throws Exception {
    keySets.find(SOURCE, "k1");
    platform.published = new JWKSet(List.of(KEY_1.toPublicJWK(), KEY_2.toPublicJWK()));
    clock.advance(KeySetCachePolicy.DEFAULT_REFETCH_INTERVAL);

    assertThat(keySets.find(SOURCE, "k2")).map(PlatformKey::kid).contains("k2");
    assertThat(platform.fetches).hasValue(2);
  }

  @Test
  void unknownKidsWithinTheRefetchIntervalCauseNoFurtherFetches() throws Exception {
    keySets.find(SOURCE, "k1");
    clock.advance(KeySetCachePolicy.DEFAULT_REFETCH_INTERVAL);
    assertThat(keySets.find(SOURCE, "forged-1")).isEmpty();
    assertThat(keySets.find(SOURCE, "forged-2")).isEmpty();
    assertThat(keySets.find(SOURCE, "forged-3")).isEmpty();
    assertThat(platform.fetches).hasValue(2);
  }

  @Test
  void anUnreachableKeySetIsATransportFailureRememberedForTheRefetchInterval() {
    platform.down = true;
    assertThatThrownBy(() -> keySets.find(SOURCE, "k1"))
        .isInstanceOf(KeySetUnavailableException.class)
        .hasMessageContaining("https://lms.example/jwks");
    assertThatThrownBy(() -> keySets.find(SOURCE, "k1"))
        .isInstanceOf(KeySetUnavailableException.class);
    assertThat(platform.fetches).hasValue(1);
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
    int callers = 6;
    List<Thread> threads = new ArrayList<>();
    AtomicInteger sends = new AtomicInteger();
    HttpFetcher slow =
        request -> {
          if (sends.incrementAndGet() == 1) {
            while (sends.get() == 1 && !othersWaiting(threads)) Thread.onSpinWait();
          }
          return new FetchedResponse(200, Map.of(), new JWKSet(KEY_1.toPublicJWK()).toString());
        };
    PlatformKeySets shared = new PlatformKeySets(slow, clock, KeySetCachePolicy.defaults());
    List<Optional<PlatformKey>> found = java.util.Collections.synchronizedList(new ArrayList<>());
    for (int i = 0; i < callers; i++) {
      threads.add(
          new Thread(
              () -> {
                try {
                  found.add(shared.find(SOURCE, "k1"));
                } catch (KeySetUnavailableException e) {
                  throw new AssertionError(e);
                }
              }));
    }

    // when
    threads.forEach(Thread::start);
    for (Thread t : threads) t.join();

    // then
    assertThat(sends).hasValue(1);
    assertThat(found).hasSize(callers).allSatisfy(k -> assertThat(k).isPresent());
  }

  private static boolean othersWaiting(List<Thread> threads) {
    long waiting =
        threads.stream()
            .filter(t -> t != Thread.currentThread())
            .filter(
                t ->
                    t.getState() == Thread.State.WAITING || t.getState() == Thread.State.TERMINATED)
            .count();
    return waiting == threads.size() - 1;
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
