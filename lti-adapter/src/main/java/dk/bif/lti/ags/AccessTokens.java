package dk.bif.lti.ags;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dk.bif.lti.http.FetchedResponse;
import dk.bif.lti.http.HttpFetchException;
import dk.bif.lti.http.HttpFetcher;
import dk.bif.lti.http.OutboundRequest;
import dk.bif.lti.keys.ToolKeys;
import dk.bif.lti.registration.PlatformRegistration;
import dk.bif.lti.registration.RegistrationKey;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Access tokens for platform services: OAuth 2 {@code client_credentials} with a JWT client
 * assertion signed by the tool's current key (1EdTech Security Framework §4.1, RFC 7523).
 *
 * <ul>
 *   <li>The assertion: header {@code kid} of the signing key, {@code alg} RS256; {@code iss} =
 *       {@code sub} = client_id; {@code aud} = the registration's token audience, else the token
 *       URL, as a single string (Brightspace answers 500 to an array); {@code iat}; {@code exp}
 *       {@link AccessTokenPolicy#assertionLifetime()} later; a random {@code jti}.
 *   <li>Tokens are cached per (issuer, client_id, sorted scopes) until {@link
 *       AccessTokenPolicy#refreshMargin()} before {@code expires_in}.
 *   <li>Under concurrency, one request per key: callers that find a request in flight wait for it.
 *   <li>{@link #invalidate} drops a token the service refused with 401, once, however many callers
 *       saw the 401.
 * </ul>
 *
 * Thread-safe.
 */
public final class AccessTokens {

  /** RFC 7523 §2.2 client assertion type. */
  public static final String ASSERTION_TYPE =
      "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

  private static final ObjectMapper JSON = new ObjectMapper();

  private record Key(RegistrationKey platform, SortedSet<String> scopes) {}

  private final HttpFetcher http;
  private final ToolKeys keys;
  private final AccessTokenPolicy policy;
  private final Clock clock;
  private final ConcurrentHashMap<Key, CompletableFuture<AccessToken>> cache =
      new ConcurrentHashMap<>();
  private final AtomicLong requests = new AtomicLong();

  /**
   * @param http sends the token requests (with the tool's User-Agent)
   * @param keys the tool's signing key
   * @param policy assertion lifetime and refresh margin
   * @param clock the time for assertions and expiry
   */
  public AccessTokens(HttpFetcher http, ToolKeys keys, AccessTokenPolicy policy, Clock clock) {
    this.http = Objects.requireNonNull(http, "http");
    this.keys = Objects.requireNonNull(keys, "keys");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * A token for the scopes: the cached one while usable, else a new one.
   *
   * @param platform the registration (token URL, audience, client id)
   * @param scopes the scopes, in any order
   * @return a usable token
   * @throws PlatformCallException when the token endpoint cannot be reached or refuses
   */
  public AccessToken token(PlatformRegistration platform, Collection<String> scopes)
      throws PlatformCallException {
    Objects.requireNonNull(platform, "platform");
    Key key = new Key(platform.key(), new TreeSet<>(Objects.requireNonNull(scopes, "scopes")));
    if (key.scopes().isEmpty()) throw new IllegalArgumentException("at least one scope is needed");
    while (true) {
      CompletableFuture<AccessToken> existing = cache.get(key);
      if (existing != null) {
        if (!existing.isDone()) return await(existing);
        Optional<AccessToken> usable = done(existing).filter(this::usable);
        if (usable.isPresent()) return usable.get();
        cache.remove(key, existing);
        continue;
      }
      CompletableFuture<AccessToken> mine = new CompletableFuture<>();
      if (cache.putIfAbsent(key, mine) != null) continue;
      try {
        AccessToken token = request(platform, key.scopes());
        mine.complete(token);
        return token;
      } catch (PlatformCallException | RuntimeException e) {
        cache.remove(key, mine);
        mine.completeExceptionally(e);
        throw e;
      }
    }
  }

  /**
   * Drops {@code refused} from the cache, so the next {@link #token} asks for a new one. Does
   * nothing when the cache already holds another token (another caller refreshed first).
   *
   * @param platform the registration
   * @param refused the token a service answered 401 to
   */
  public void invalidate(PlatformRegistration platform, AccessToken refused) {
    Key key = new Key(platform.key(), refused.scopes());
    cache.computeIfPresent(
        key,
        (k, f) ->
            f.isDone() && done(f).map(t -> t.value().equals(refused.value())).orElse(true)
                ? null
                : f);
  }

  /** How many token requests were sent (granted or not), for the load figures. */
  public long requestsSent() {
    return requests.get();
  }

  private boolean usable(AccessToken token) {
    return clock.instant().isBefore(token.useUntil());
  }

  private static Optional<AccessToken> done(CompletableFuture<AccessToken> f) {
    return f.isCompletedExceptionally() || f.isCancelled()
        ? Optional.empty()
        : Optional.of(f.join());
  }

  private static AccessToken await(CompletableFuture<AccessToken> f) throws PlatformCallException {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PlatformCallException(
          0, "interrupted while waiting for a token", Optional.empty(), true);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof PlatformCallException p) throw p;
      if (e.getCause() instanceof RuntimeException r) throw r;
      throw new IllegalStateException(e.getCause());
    }
  }

  private AccessToken request(PlatformRegistration platform, SortedSet<String> scopes)
      throws PlatformCallException {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "client_credentials");
    form.put("client_assertion_type", ASSERTION_TYPE);
    form.put("client_assertion", assertion(platform));
    form.put("scope", String.join(" ", scopes));
    String body =
        form.entrySet().stream()
            .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
            .collect(Collectors.joining("&"));
    Instant asked = clock.instant();
    requests.incrementAndGet();
    FetchedResponse answer;
    try {
      answer =
          http.send(
              new OutboundRequest(
                  "POST",
                  platform.tokenEndpoint(),
                  Map.of(
                      "Content-Type", "application/x-www-form-urlencoded",
                      "Accept", "application/json"),
                  Optional.of(body)));
    } catch (HttpFetchException e) {
      throw new PlatformCallException(0, e.getMessage(), Optional.empty(), true);
    }
    if (answer.status() != 200) {
      throw new PlatformCallException(
          answer.status(), answer.body(), RetryAfter.of(answer, clock), true);
    }
    try {
      JsonNode json = JSON.readTree(answer.body());
      String value = json.path("access_token").asText("");
      if (value.isBlank()) {
        throw new PlatformCallException(
            200, "the token answer has no access_token", Optional.empty(), true);
      }
      String type = json.path("token_type").asText("Bearer");
      if (!type.equalsIgnoreCase("Bearer")) {
        throw new PlatformCallException(
            200, "token_type must be Bearer, was " + type, Optional.empty(), true);
      }
      long expiresIn = json.path("expires_in").asLong(3600);
      if (expiresIn <= 0) {
        throw new PlatformCallException(
            200, "expires_in must be above 0, was " + expiresIn, Optional.empty(), true);
      }
      return new AccessToken(
          value, scopes, asked.plus(policy.usableFor(Duration.ofSeconds(expiresIn))));
    } catch (IOException e) {
      throw new PlatformCallException(200, "the token answer is not JSON", Optional.empty(), true);
    }
  }

  private String assertion(PlatformRegistration platform) {
    RSAKey key = keys.signingKey();
    Instant now = clock.instant();
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(platform.clientId().value())
            .subject(platform.clientId().value())
            .audience(platform.clientAssertionAudience())
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plus(policy.assertionLifetime())))
            .jwtID(UUID.randomUUID().toString())
            .build();
    try {
      SignedJWT jwt =
          new SignedJWT(
              new JWSHeader.Builder(JWSAlgorithm.RS256)
                  .keyID(key.getKeyID())
                  .type(JOSEObjectType.JWT)
                  .build(),
              claims);
      jwt.sign(new RSASSASigner(key));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException("the tool key cannot sign: " + e.getMessage(), e);
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
