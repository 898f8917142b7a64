package dk.bif.lti.oidc;

import static dk.bif.lti.launch.ReasonCode.*;

import dk.bif.lti.launch.LaunchRefusedException;
import dk.bif.lti.launch.ReasonCode;
import dk.bif.lti.registration.ClientId;
import dk.bif.lti.registration.DeploymentId;
import dk.bif.lti.registration.Issuer;
import dk.bif.lti.registration.PlatformRegistration;
import dk.bif.lti.registration.RegistrationKey;
import dk.bif.lti.registration.RegistrationRepository;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * Handles a platform's third-party login initiation and answers with the OIDC authentication
 * request (LTI Security Framework §5.1.1.1, §5.1.1.2). Thread-safe.
 *
 * <p>Rules: {@code iss}, {@code login_hint} and {@code target_link_uri} are required; the
 * registration is chosen by {@code client_id} when sent, else it must be the issuer's only one;
 * {@code target_link_uri} must be one of the tool's launch URLs; {@code lti_message_hint} goes back
 * unaltered; {@code lti_deployment_id} is remembered and must match the launch. The state and the
 * nonce each carry {@value #RANDOM_BYTES} bytes from {@link SecureRandom}, the nonce is bound to
 * the state, and the state to the browser by a cookie. A login that names an {@code
 * lti_storage_target} (a frame name of {@link PlatformStorage#isFrameName}) also gets a {@link
 * StorageRequest}: the tool's page keeps the state and nonce in that frame, for a browser that
 * refuses the cookie; any other value is ignored and the cookie alone binds the login.
 */
public final class LoginInitiation {
  /** Bytes of randomness in a state, a nonce and a browser binding: 256 bits. */
  public static final int RANDOM_BYTES = 32;

  /** How long a login waits for its launch: 5 minutes. */
  public static final Duration DEFAULT_STATE_LIFETIME = Duration.ofMinutes(5);

  /** Longest login parameter accepted (Canvas sends a JWT as lti_message_hint). */
  public static final int MAX_PARAMETER_LENGTH = 8192;

  private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

  private final RegistrationRepository registrations;
  private final StateStore states;
  private final ToolEndpoints endpoints;
  private final Clock clock;
  private final SecureRandom random;
  private final Duration stateLifetime;

  /**
   * Creates the login handler.
   *
   * @param registrations the platform registrations
   * @param states where pending logins wait
   * @param endpoints the tool's redirect URI and launch URLs
   * @param clock when logins expire
   * @param random the source of states and nonces
   * @param stateLifetime how long a login waits for its launch
   */
  public LoginInitiation(
      RegistrationRepository registrations,
      StateStore states,
      ToolEndpoints endpoints,
      Clock clock,
      SecureRandom random,
      Duration stateLifetime) {
    this.registrations = Objects.requireNonNull(registrations, "registrations");
    this.states = Objects.requireNonNull(states, "states");
    this.endpoints = Objects.requireNonNull(endpoints, "endpoints");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.random = Objects.requireNonNull(random, "random");
    this.stateLifetime = Objects.requireNonNull(stateLifetime, "stateLifetime");
  }

  /** How long a login waits for its launch. */
  public Duration stateLifetime() {
    return stateLifetime;
  }

  /**
   * Checks a login initiation and prepares the redirect.
   *
   * @param params the request parameters (query or form), one value each
   * @return the redirect to the platform and the binding cookie
   * @throws LaunchRefusedException when a rule is broken
   */
  public LoginRedirect initiate(Map<String, String> params) throws LaunchRefusedException {
    String iss = required(params, "iss", LOGIN_ISSUER_MISSING);
    String loginHint = required(params, "login_hint", LOGIN_HINT_MISSING);
    String target = required(params, "target_link_uri", LOGIN_TARGET_LINK_URI_MISSING);
    Optional<String> messageHint = optional(params, "lti_message_hint");
    Optional<String> clientId = optional(params, "client_id");
    Optional<DeploymentId> deploymentId = deploymentId(params);
    PlatformRegistration registration = selectRegistration(iss, clientId);
    requireOwnLaunchUrl(target);
    Optional<String> storageTarget =
        optional(params, "lti_storage_target").filter(PlatformStorage::isFrameName);

    String state = randomToken();
    PendingLogin login =
        new PendingLogin(
            state,
            registration.key(),
            randomToken(),
            target,
            deploymentId,
            randomToken(),
            clock.instant().plus(stateLifetime),
            storageTarget);
    states.put(login);
    return new LoginRedirect(
        authenticationRequest(registration, login, loginHint, messageHint),
        login.cookieName(),
        login.browserBinding(),
        stateLifetime,
        storageTarget.map(
            frame ->
                new StorageRequest(
                    login.state(),
                    login.nonce(),
                    frame,
                    PlatformStorage.platformOrigin(registration),
                    PlatformStorage.replyOrigins(registration))));
  }

  private static String required(Map<String, String> params, String name, ReasonCode missing)
      throws LaunchRefusedException {
    return optional(params, name)
        .orElseThrow(() -> new LaunchRefusedException(missing, "no " + name));
  }

  private static Optional<String> optional(Map<String, String> params, String name)
      throws LaunchRefusedException {
    String value = params.get(name);
    if (value == null || value.isBlank()) return Optional.empty();
    if (value.length() > MAX_PARAMETER_LENGTH) {
      throw new LaunchRefusedException(
          LOGIN_PARAMETER_TOO_LARGE, name + " has " + value.length() + " characters");
    }
    return Optional.of(value);
  }

  private static Optional<DeploymentId> deploymentId(Map<String, String> params)
      throws LaunchRefusedException {
    Optional<String> value = optional(params, "lti_deployment_id");
    if (value.isPresent() && value.get().length() > DeploymentId.MAX_LENGTH) {
      throw new LaunchRefusedException(LOGIN_PARAMETER_TOO_LARGE, "lti_deployment_id too long");
    }
    return value.map(DeploymentId::of);
  }

  /**
   * By (issuer, client_id) when client_id is sent; otherwise the issuer's only registration.
   * https://www.imsglobal.org/spec/lti/v1p3/#client_id-login-parameter
   */
  private PlatformRegistration selectRegistration(String iss, Optional<String> clientId)
      throws LaunchRefusedException {
    if (iss.length() > Issuer.MAX_LENGTH
        || clientId.map(String::length).orElse(0) > ClientId.MAX_LENGTH) {
      throw new LaunchRefusedException(LOGIN_PARAMETER_TOO_LARGE, "iss or client_id too long");
    }
    Issuer issuer = Issuer.of(iss);
    if (clientId.isPresent()) {
      RegistrationKey key = new RegistrationKey(issuer, ClientId.of(clientId.get()));
      Optional<PlatformRegistration> found = registrations.find(key);
      if (found.isPresent()) return found.get();
      if (registrations.findByIssuer(issuer).isEmpty()) {
        throw new LaunchRefusedException(UNKNOWN_ISSUER, "issuer " + iss);
      }
      throw new LaunchRefusedException(UNKNOWN_CLIENT, "client " + clientId.get() + " of " + iss);
    }
    List<PlatformRegistration> candidates = registrations.findByIssuer(issuer);
    if (candidates.isEmpty()) throw new LaunchRefusedException(UNKNOWN_ISSUER, "issuer " + iss);
    if (candidates.size() > 1) {
      throw new LaunchRefusedException(
          CLIENT_ID_REQUIRED, candidates.size() + " registrations for " + iss);
    }
    return candidates.get(0);
  }

  /**
   * The target must be the tool's own, or the login would redirect anywhere.
   * https://www.imsglobal.org/spec/security/v1p0/#step-1-third-party-initiated-login
   */
  private void requireOwnLaunchUrl(String target) throws LaunchRefusedException {
    if (!endpoints.isOwnLaunchUrl(target)) {
      throw new LaunchRefusedException(FOREIGN_TARGET_LINK_URI, "target_link_uri " + target);
    }
  }

  /**
   * The authentication request's parameters.
   * https://www.imsglobal.org/spec/security/v1p0/#step-2-authentication-request
   */
  private URI authenticationRequest(
      PlatformRegistration registration,
      PendingLogin login,
      String loginHint,
      Optional<String> messageHint) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("scope", "openid");
    query.put("response_type", "id_token");
    query.put("response_mode", "form_post");
    query.put("prompt", "none");
    query.put("client_id", registration.clientId().value());
    query.put("redirect_uri", endpoints.redirectUri().toString());
    query.put("login_hint", loginHint);
    query.put("state", login.state());
    query.put("nonce", login.nonce());
    messageHint.ifPresent(hint -> query.put("lti_message_hint", hint));
    StringJoiner joined = new StringJoiner("&");
    query.forEach((k, v) -> joined.add(k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
    String base = registration.authorizationEndpoint().toString();
    return URI.create(base + (base.contains("?") ? "&" : "?") + joined);
  }

  private String randomToken() {
    byte[] bytes = new byte[RANDOM_BYTES];
    random.nextBytes(bytes);
    return BASE64URL.encodeToString(bytes);
  }
}
