package dk.bif.lti.keys;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import dk.bif.lti.http.FetchedResponse;
import dk.bif.lti.http.HttpFetchException;
import dk.bif.lti.http.HttpFetcher;
import dk.bif.lti.http.OutboundRequest;
import dk.bif.lti.registration.PlatformKeySource;
import java.net.URI;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The platforms' public keys, fetched from their key set URLs and cached (LTI Security Framework
 * §6.3, §6.4). The rules:
 *
 * <ul>
 *   <li>a fetched set is kept as long as its Cache-Control says, within the policy's floor and
 *       ceiling;
 *   <li>a {@code kid} not in the cached set causes one refetch, at most once per the policy's
 *       refetch interval (a platform that rotated is found; forged kids cost nothing);
 *   <li>concurrent fetches of the same URL are merged into one request;
 *   <li>a failed fetch is remembered for the refetch interval, so a platform that is down is not
 *       hammered by every launch.
 * </ul>
 *
 * Thread-safe.
 */
public final class PlatformKeySets {
  private record Entry(
      Map<String, PlatformKey> keys,
      Instant fetchedAt,
      Instant expiresAt,
      Optional<String> failure) {}

  private final HttpFetcher fetcher;
  private final Clock clock;
  private final KeySetCachePolicy policy;
  private final Map<URI, Entry> cache = new ConcurrentHashMap<>();
  private final Map<URI, CompletableFuture<Entry>> inFlight = new ConcurrentHashMap<>();
  private final Map<String, Map<String, PlatformKey>> staticSets = new ConcurrentHashMap<>();

  /**
   * Creates the cache.
   *
   * @param fetcher how key sets are fetched
   * @param clock decides expiry and the refetch interval
   * @param policy cache times and refetch interval
   */
  public PlatformKeySets(HttpFetcher fetcher, Clock clock, KeySetCachePolicy policy) {
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  /**
   * Finds a platform's public key by kid.
   *
   * @param source where the platform's keys come from
   * @param kid the kid from the token header
   * @return the key, or empty when the platform does not publish that kid, even after a refetch
   * @throws KeySetUnavailableException when the key set cannot be fetched or parsed
   */
  public Optional<PlatformKey> find(PlatformKeySource source, String kid)
      throws KeySetUnavailableException {
    Objects.requireNonNull(kid, "kid");
    if (source instanceof PlatformKeySource.StaticKeys fixed) {
      return Optional.ofNullable(staticKeys(fixed).get(kid));
    }
    URI url = ((PlatformKeySource.KeySetUrl) source).url();
    Instant now = clock.instant();
    Entry entry = cache.get(url);
    if (entry != null && entry.failure().isEmpty() && now.isBefore(entry.expiresAt())) {
      PlatformKey key = entry.keys().get(kid);
      if (key != null || now.isBefore(entry.fetchedAt().plus(policy.refetchInterval()))) {
        return Optional.ofNullable(key);
      }
    } else if (entry != null
        && entry.failure().isPresent()
        && now.isBefore(entry.fetchedAt().plus(policy.refetchInterval()))) {
      throw new KeySetUnavailableException(entry.failure().get(), null);
    }
    Entry fresh = refresh(url, entry);
    if (fresh.failure().isPresent())
      throw new KeySetUnavailableException(fresh.failure().get(), null);
    return Optional.ofNullable(fresh.keys().get(kid));
  }

  private Entry refresh(URI url, Entry seen) throws KeySetUnavailableException {
    CompletableFuture<Entry> mine = new CompletableFuture<>();
    CompletableFuture<Entry> running = inFlight.putIfAbsent(url, mine);
    if (running != null) {
      try {
        return running.join();
      } catch (CompletionException e) {
        throw new KeySetUnavailableException("fetching " + url + " failed: " + e.getCause(), e);
      }
    }
    try {
      Entry current = cache.get(url);
      if (current != null && current != seen) {
        // Another thread fetched between our look and our claim: that fetch is the refetch.
        mine.complete(current);
        return current;
      }
      Entry entry = fetch(url);
      cache.put(url, entry);
      mine.complete(entry);
      return entry;
    } catch (RuntimeException e) {
      mine.completeExceptionally(e);
      throw e;
    } finally {
      inFlight.remove(url, mine);
    }
  }

  private Entry fetch(URI url) {
    Instant now = clock.instant();
    try {
      FetchedResponse response =
          fetcher.send(OutboundRequest.get(url, Map.of("Accept", "application/json")));
      if (!response.isSuccess()) {
        return failed(url, now, "answered HTTP " + response.status());
      }
      Map<String, PlatformKey> keys = parse(response.body());
      Instant expires = now.plus(policy.cacheTime(response.header("Cache-Control").orElse(null)));
      return new Entry(keys, now, expires, Optional.empty());
    } catch (HttpFetchException e) {
      return failed(url, now, e.getMessage());
    } catch (ParseException e) {
      return failed(url, now, "is not a JWK Set: " + e.getMessage());
    }
  }

  private static Entry failed(URI url, Instant now, String why) {
    return new Entry(Map.of(), now, now, Optional.of("platform key set " + url + " " + why));
  }

  private Map<String, PlatformKey> staticKeys(PlatformKeySource.StaticKeys fixed)
      throws KeySetUnavailableException {
    Map<String, PlatformKey> keys = staticSets.get(fixed.jwkSetJson());
    if (keys == null) {
      try {
        keys = parse(fixed.jwkSetJson());
      } catch (ParseException e) {
        throw new KeySetUnavailableException(
            "the registration's static keys are not a JWK Set: " + e.getMessage(), e);
      }
      staticSets.put(fixed.jwkSetJson(), keys);
    }
    return keys;
  }

  private static Map<String, PlatformKey> parse(String json) throws ParseException {
    JWKSet set = JWKSet.parse(json);
    Map<String, PlatformKey> keys = new HashMap<>();
    for (JWK jwk : set.getKeys()) {
      if (jwk.getKeyID() != null && !jwk.isPrivate()) {
        keys.putIfAbsent(jwk.getKeyID(), new PlatformKey(jwk));
      }
    }
    return Map.copyOf(keys);
  }
}
