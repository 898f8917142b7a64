package dk.bif.lti.ags;

import dk.bif.lti.http.FetchedResponse;
import dk.bif.lti.http.HttpFetchException;
import dk.bif.lti.http.HttpFetcher;
import dk.bif.lti.http.OutboundRequest;
import dk.bif.lti.registration.PlatformRegistration;
import java.net.URI;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Authorised calls to platform services (AGS, NRPS): the bearer token from {@link AccessTokens}; a
 * 401 drops the token and the call is sent once more with a fresh one. Thread-safe.
 */
public final class ServiceCalls {

  private final HttpFetcher http;
  private final AccessTokens tokens;
  private final Clock clock;

  /**
   * @param http sends the calls (with the tool's User-Agent)
   * @param tokens the token cache
   * @param clock for {@code Retry-After} dates
   */
  public ServiceCalls(HttpFetcher http, AccessTokens tokens, Clock clock) {
    this.http = Objects.requireNonNull(http, "http");
    this.tokens = Objects.requireNonNull(tokens, "tokens");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The token cache. */
  public AccessTokens tokens() {
    return tokens;
  }

  /**
   * Sends a call; when the answer's status is 401 or one of {@code freshTokenOn}, sends it once
   * more with a fresh token.
   *
   * @param platform the registration
   * @param scopes the scopes the call needs
   * @param method HTTP method
   * @param uri the target
   * @param headers headers besides {@code Authorization}
   * @param body the body, for POST and PUT
   * @param freshTokenOn statuses besides 401 that are retried once with a fresh token
   * @return the platform's answer, whatever its status
   * @throws PlatformCallException when no answer came, or the token endpoint failed
   */
  public FetchedResponse send(
      PlatformRegistration platform,
      Collection<String> scopes,
      String method,
      URI uri,
      Map<String, String> headers,
      Optional<String> body,
      Set<Integer> freshTokenOn)
      throws PlatformCallException {
    AccessToken token = tokens.token(platform, scopes);
    FetchedResponse answer = once(token, method, uri, headers, body);
    if (answer.status() == 401 || freshTokenOn.contains(answer.status())) {
      tokens.invalidate(platform, token);
      answer = once(tokens.token(platform, scopes), method, uri, headers, body);
    }
    return answer;
  }

  /**
   * A GET with {@code Accept}; 401 retried once with a fresh token.
   *
   * @param platform the registration
   * @param scopes the scopes the call needs
   * @param uri the target
   * @param accept the media type asked for
   * @return the answer, whatever its status
   * @throws PlatformCallException when no answer came, or the token endpoint failed
   */
  public FetchedResponse get(
      PlatformRegistration platform, Collection<String> scopes, URI uri, String accept)
      throws PlatformCallException {
    return send(platform, scopes, "GET", uri, Map.of("Accept", accept), Optional.empty(), Set.of());
  }

  /**
   * Turns an error answer into an exception carrying it.
   *
   * @param answer a non-2xx answer
   * @return the exception
   */
  public PlatformCallException refusal(FetchedResponse answer) {
    return new PlatformCallException(
        answer.status(), answer.body(), RetryAfter.of(answer, clock), false);
  }

  private FetchedResponse once(
      AccessToken token, String method, URI uri, Map<String, String> headers, Optional<String> body)
      throws PlatformCallException {
    Map<String, String> all = new HashMap<>(headers);
    all.put("Authorization", "Bearer " + token.value());
    try {
      return http.send(new OutboundRequest(method, uri, all, body));
    } catch (HttpFetchException e) {
      throw new PlatformCallException(0, e.getMessage(), Optional.empty(), false);
    }
  }
}
