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
import java.util.ArrayDeque;
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
 *   <li>a fetched set is trusted as long as its Cache-Control says, within the policy's floor and
 *       ceiling; after that it is fetched again, so a key the platform stops publishing is refused
 *       within the ceiling;
 *   <li>a {@code kid} not in a fresh set makes the tool fetch the set again at once, however soon
 *       after the last fetch (a platform that has just started publishing a key is found), at most
 *       {@link KeySetCachePolicy#maxUnknownKidRefetches()} times per platform per {@link
 *       KeySetCachePolicy#unknownKidWindow()} (forged kids cost the platform little);
 *   <li>concurrent fetches of the same URL, on expiry or for unknown kids, are merged into one
 *       request;
 *   <li>a failed fetch keeps the last good set: its keys are still served for up to {@link
 *       KeySetCachePolicy#outageTolerance()} after it was fetched, and the URL is not fetched again
 *       for {@link KeySetCachePolicy#retryAfterFailure()}, so a platform that is down is not
 *       hammered by every launch and does not stop launches signed with a key the tool has.
 * </ul>
 *
 * Thread-safe.
 */
public final class PlatformKeySets {
  /** A key set as fetched. */
  private record Fetched(Map<String, PlatformKey> keys, Instant fetchedAt, Instant expiresAt) {}

  /** The last failed fetch of a URL. */
  private record Failure(Instant at, String message) {}

  /** What is known of one URL: the last good set and the last failure since it, each optional. */
  private record Entry(Optional<Fetched> good, Optional<Failure> failure) {}

  /** The times of one URL's recent refetches for unknown kids, to cap them. */
  private static final class RefetchBudget {
    private final ArrayDeque<Instant> recent = new ArrayDeque<>();

    synchronized boolean tryTake(Instant now, KeySetCachePolicy policy) {
      Instant windowStart = now.minus(policy.unknownKidWindow());
      while (!recent.isEmpty() && !recent.peekFirst().isAfter(windowStart)) recent.pollFirst();
      if (recent.size() >= policy.maxUnknownKidRefetches()) return false;
      recent.addLast(now);
      return true;
    }
  }

  private final HttpFetcher fetcher;
  private final Clock clock;
  private final KeySetCachePolicy policy;
  private final Map<URI, Entry> cache = new ConcurrentHashMap<>();
  private final Map<URI, CompletableFuture<Entry>> inFlight = new ConcurrentHashMap<>();
  private final Map<URI, RefetchBudget> budgets = new ConcurrentHashMap<>();
  private final Map<String, Map<String, PlatformKey>> staticSets = new ConcurrentHashMap<>();

  /**
   * Creates the cache.
   *
   * @param fetcher how key sets are fetched
   * @param clock decides expiry, the outage tolerance and the refetch cap
   * @param policy cache times, outage tolerance and refetch limits
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
   * @return the key, or empty when the platform does not publish that kid (after a refetch, or when
   *     the refetch cap is spent)
   * @throws KeySetUnavailableException when the key set cannot be fetched or parsed and no set the
   *     tool still trusts holds the kid
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
    Fetched good = entry == null ? null : entry.good().orElse(null);
    // fresh implies usable: the ceiling is within the outage tolerance
    if (good != null && now.isBefore(good.expiresAt())) {
      PlatformKey key = good.keys().get(kid);
      if (key != null) return Optional.of(key);
      boolean joining = inFlight.containsKey(url);
      if (!joining
          && !budgets.computeIfAbsent(url, u -> new RefetchBudget()).tryTake(now, policy)) {
        return Optional.empty();
      }
    } else if (entry != null
        && entry.failure().isPresent()
        && now.isBefore(entry.failure().get().at().plus(policy.retryAfterFailure()))) {
      return fromLastGood(usable(entry.good(), now), kid, entry.failure().get());
    }
    Entry fresh = refresh(url, entry);
    if (fresh.failure().isPresent()) {
      return fromLastGood(usable(fresh.good(), clock.instant()), kid, fresh.failure().get());
    }
    return Optional.ofNullable(fresh.good().orElseThrow().keys().get(kid));
  }

  /** The last good set while it is within the outage tolerance. */
  private Optional<Fetched> usable(Optional<Fetched> good, Instant now) {
    return good.filter(g -> now.isBefore(g.fetchedAt().plus(policy.outageTolerance())));
  }

  /** While the platform cannot be reached: the key from the last good set, if it has it. */
  private static Optional<PlatformKey> fromLastGood(
      Optional<Fetched> good, String kid, Failure failure) throws KeySetUnavailableException {
    PlatformKey key = good.map(g -> g.keys().get(kid)).orElse(null);
    if (key == null) throw new KeySetUnavailableException(failure.message(), null);
    return Optional.of(key);
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
      Entry entry = fetch(url, current);
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

  /** Fetches the set; a failure keeps the last good set of {@code previous}. */
  private Entry fetch(URI url, Entry previous) {
    Instant now = clock.instant();
    String failure;
    try {
      FetchedResponse response =
          fetcher.send(OutboundRequest.get(url, Map.of("Accept", "application/json")));
      if (response.isSuccess()) {
        Map<String, PlatformKey> keys = parse(response.body());
        Instant expires = now.plus(policy.cacheTime(response.header("Cache-Control").orElse(null)));
        return new Entry(Optional.of(new Fetched(keys, now, expires)), Optional.empty());
      }
      failure = "answered HTTP " + response.status();
    } catch (HttpFetchException e) {
      failure = e.getMessage();
    } catch (ParseException e) {
      failure = "is not a JWK Set: " + e.getMessage();
    }
    return new Entry(
        previous == null ? Optional.empty() : previous.good(),
        Optional.of(new Failure(now, "platform key set " + url + " " + failure)));
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
