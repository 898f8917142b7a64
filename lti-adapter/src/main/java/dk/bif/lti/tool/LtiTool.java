package dk.bif.lti.tool;

import static dk.bif.lti.launch.ReasonCode.*;

import dk.bif.lti.http.HttpFetcher;
import dk.bif.lti.http.HttpSettings;
import dk.bif.lti.http.JdkHttpFetcher;
import dk.bif.lti.keys.KeySetCachePolicy;
import dk.bif.lti.keys.KeySetUnavailableException;
import dk.bif.lti.keys.PlatformKeySets;
import dk.bif.lti.keys.ToolKeys;
import dk.bif.lti.launch.InMemoryNonceStore;
import dk.bif.lti.launch.LaunchPolicy;
import dk.bif.lti.launch.LaunchRefusedException;
import dk.bif.lti.launch.LaunchValidator;
import dk.bif.lti.launch.LtiLaunch;
import dk.bif.lti.launch.NonceStore;
import dk.bif.lti.oidc.InMemoryStateStore;
import dk.bif.lti.oidc.LoginInitiation;
import dk.bif.lti.oidc.LoginRedirect;
import dk.bif.lti.oidc.PendingLogin;
import dk.bif.lti.oidc.PlatformStorage;
import dk.bif.lti.oidc.StateStore;
import dk.bif.lti.oidc.StorageRequest;
import dk.bif.lti.oidc.StoredValues;
import dk.bif.lti.oidc.ToolEndpoints;
import dk.bif.lti.registration.PlatformRegistration;
import dk.bif.lti.registration.RegistrationRepository;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * An LTI 1.3 tool: the login initiation, the launch and the tool's key set, without any web
 * framework (the {@code dk.bif.lti.servlet} package puts it on Jakarta Servlet). Build one with
 * {@link #builder()}. Thread-safe.
 */
public final class LtiTool {
  /** Longest state accepted from a launch; ours are 43 characters. */
  static final int MAX_STATE_LENGTH = 256;

  private final LoginInitiation login;
  private final LaunchValidator validator;
  private final StateStore states;
  private final ToolKeys toolKeys;
  private final Clock clock;
  private final ContentSecurityPolicy contentSecurityPolicy;
  private final RegistrationRepository registrations;
  private final URI redirectUri;

  private LtiTool(Builder b) {
    this.clock = b.clock;
    this.states = b.states != null ? b.states : new InMemoryStateStore(clock);
    this.toolKeys = Objects.requireNonNull(b.toolKeys, "toolKeys");
    RegistrationRepository registrations = Objects.requireNonNull(b.registrations, "registrations");
    this.registrations = registrations;
    this.redirectUri = Objects.requireNonNull(b.redirectUri, "redirectUri");
    ToolEndpoints endpoints =
        new ToolEndpoints(Objects.requireNonNull(b.redirectUri, "redirectUri"), b.launchUrls);
    this.login =
        new LoginInitiation(registrations, states, endpoints, clock, b.random, b.stateLifetime);
    HttpFetcher fetcher =
        b.fetcher != null ? b.fetcher : new JdkHttpFetcher(HttpSettings.defaults());
    NonceStore nonces = b.nonces != null ? b.nonces : new InMemoryNonceStore(clock);
    this.contentSecurityPolicy = new ContentSecurityPolicy(registrations, b.frameOrigins, clock);
    this.validator =
        new LaunchValidator(
            registrations,
            new PlatformKeySets(fetcher, clock, b.keySetPolicy),
            nonces,
            clock,
            b.launchPolicy);
  }

  /** Starts a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Handles a login initiation.
   *
   * @param params the request's parameters, one value each
   * @return where to redirect the browser and the cookie to set
   * @throws LaunchRefusedException when the login breaks a rule
   */
  public LoginRedirect login(Map<String, String> params) throws LaunchRefusedException {
    return login.initiate(params);
  }

  /**
   * Handles a launch: finds the login by state, checks the browser's binding cookie and the login's
   * age, then validates the id_token. A launch without its cookie is refused here even when the
   * login offered platform storage; {@link #beginLaunch} continues such a launch.
   *
   * @param idToken the posted id_token, or null
   * @param state the posted state, or null
   * @param cookies the browser's cookies by name
   * @return the validated launch
   * @throws LaunchRefusedException when a rule is broken
   * @throws KeySetUnavailableException when the platform's keys cannot be fetched
   */
  public LtiLaunch launch(String idToken, String state, Function<String, Optional<String>> cookies)
      throws LaunchRefusedException, KeySetUnavailableException {
    LaunchStep step = beginLaunch(idToken, state, cookies, false);
    if (step instanceof LaunchStep.Validated v) return v.launch();
    throw new IllegalStateException("storage check without platform storage");
  }

  /**
   * Handles a launch POST: with the binding cookie, as {@link #launch}; without it, when the login
   * named an {@code lti_storage_target}, asks for the {@link LaunchStep.StorageCheck} (the state
   * stays usable for {@link #completeFromStorage}); without either, {@code STORAGE_UNAVAILABLE}
   * when the login offered storage the platform then did not keep, else {@code
   * STATE_NOT_BOUND_TO_BROWSER}.
   *
   * @param idToken the posted id_token, or null
   * @param state the posted state, or null
   * @param cookies the browser's cookies by name
   * @return the validated launch, or the storage check to run in the browser
   * @throws LaunchRefusedException when a rule is broken
   * @throws KeySetUnavailableException when the platform's keys cannot be fetched
   */
  public LaunchStep beginLaunch(
      String idToken, String state, Function<String, Optional<String>> cookies)
      throws LaunchRefusedException, KeySetUnavailableException {
    return beginLaunch(idToken, state, cookies, true);
  }

  private LaunchStep beginLaunch(
      String idToken,
      String state,
      Function<String, Optional<String>> cookies,
      boolean storageAllowed)
      throws LaunchRefusedException, KeySetUnavailableException {
    PendingLogin pending = take(idToken, state);
    Optional<String> binding = cookies.apply(pending.cookieName());
    if (binding.isEmpty() && storageAllowed && pending.storageTarget().isPresent()) {
      if (clock.instant().isAfter(pending.expiresAt())) {
        throw new LaunchRefusedException(STATE_EXPIRED, "login expired at " + pending.expiresAt());
      }
      states.put(pending); // the storage check takes it
      return new LaunchStep.StorageCheck(storageRequest(pending));
    }
    if (binding.isEmpty()
        || !MessageDigest.isEqual(
            binding.get().getBytes(StandardCharsets.UTF_8),
            pending.browserBinding().getBytes(StandardCharsets.UTF_8))) {
      throw new LaunchRefusedException(
          STATE_NOT_BOUND_TO_BROWSER,
          binding.isEmpty() ? "no binding cookie" : "wrong binding cookie");
    }
    if (clock.instant().isAfter(pending.expiresAt())) {
      throw new LaunchRefusedException(STATE_EXPIRED, "login expired at " + pending.expiresAt());
    }
    return new LaunchStep.Validated(
        validator.validate(idToken, pending.expectation()), LaunchStep.Binding.COOKIE);
  }

  /**
   * Completes a launch whose browser read the login's state and nonce back from the platform's
   * storage: the state is used here once (a second check is {@code STATE_REPLAYED}), the reply must
   * have come from the platform's origin ({@code STORAGE_REPLY_FOREIGN_ORIGIN}), and the values
   * read must be the login's ({@code STORAGE_VALUE_MISSING}; {@code STORAGE_UNAVAILABLE} when the
   * platform answered no storage messages at all); then the id_token is validated as usual, its
   * nonce included.
   *
   * @param idToken the id_token the launch POST carried, or null
   * @param state the state the launch POST carried, or null
   * @param stored what the page read back
   * @return the validated launch
   * @throws LaunchRefusedException when a rule is broken
   * @throws KeySetUnavailableException when the platform's keys cannot be fetched
   */
  public LtiLaunch completeFromStorage(String idToken, String state, StoredValues stored)
      throws LaunchRefusedException, KeySetUnavailableException {
    Objects.requireNonNull(stored, "stored");
    PendingLogin pending;
    try {
      pending = take(idToken, state);
    } catch (LaunchRefusedException e) {
      if (e.code() == STATE_UNKNOWN && state.length() <= MAX_STATE_LENGTH) {
        Optional<PendingLogin> used = states.take(PlatformStorage.usedStateKey(state));
        if (used.isPresent()) {
          states.put(used.get());
          throw new LaunchRefusedException(STATE_REPLAYED, "state already checked");
        }
      }
      throw e;
    }
    states.put(usedMark(pending));
    if (pending.storageTarget().isEmpty()) {
      throw new LaunchRefusedException(STORAGE_UNAVAILABLE, "the login offered no storage");
    }
    if (clock.instant().isAfter(pending.expiresAt())) {
      throw new LaunchRefusedException(STATE_EXPIRED, "login expired at " + pending.expiresAt());
    }
    StorageRequest expected = storageRequest(pending);
    Optional<StoredValues.Problem> problem = stored.problem();
    if (problem.isPresent() && problem.get() == StoredValues.Problem.UNAVAILABLE) {
      throw new LaunchRefusedException(STORAGE_UNAVAILABLE, "the platform answered no storage");
    }
    boolean foreign =
        stored.replyOrigin().map(o -> !expected.replyOrigins().contains(o)).orElse(false);
    if (foreign || problem.isPresent() && problem.get() == StoredValues.Problem.FOREIGN_ORIGIN) {
      throw new LaunchRefusedException(
          STORAGE_REPLY_FOREIGN_ORIGIN, "a reply from another origin than the platform's");
    }
    if (problem.isPresent()
        || stored.replyOrigin().isEmpty()
        || !matches(stored.state(), pending.state())
        || !matches(stored.nonce(), pending.nonce())) {
      throw new LaunchRefusedException(
          STORAGE_VALUE_MISSING, "the storage did not hold the login's state and nonce");
    }
    return validator.validate(idToken, pending.expectation());
  }

  private static boolean matches(Optional<String> read, String expected) {
    return read.isPresent()
        && MessageDigest.isEqual(
            read.get().getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
  }

  private static PendingLogin usedMark(PendingLogin login) {
    return new PendingLogin(
        PlatformStorage.usedStateKey(login.state()),
        login.registration(),
        login.nonce(),
        login.targetLinkUri(),
        login.deploymentId(),
        "",
        login.expiresAt());
  }

  private PendingLogin take(String idToken, String state) throws LaunchRefusedException {
    if (state == null || state.isBlank())
      throw new LaunchRefusedException(STATE_MISSING, "no state");
    if (idToken == null || idToken.isBlank()) {
      throw new LaunchRefusedException(TOKEN_MISSING, "no id_token");
    }
    if (state.length() > MAX_STATE_LENGTH)
      throw new LaunchRefusedException(STATE_UNKNOWN, "state too long");
    return states
        .take(state)
        .orElseThrow(() -> new LaunchRefusedException(STATE_UNKNOWN, "state unknown or used"));
  }

  private StorageRequest storageRequest(PendingLogin pending) throws LaunchRefusedException {
    PlatformRegistration registration =
        registrations
            .find(pending.registration())
            .orElseThrow(() -> new LaunchRefusedException(UNKNOWN_CLIENT, "registration removed"));
    return new StorageRequest(
        pending.state(),
        pending.nonce(),
        pending.storageTarget().orElseThrow(),
        PlatformStorage.platformOrigin(registration),
        PlatformStorage.replyOrigins(registration));
  }

  /**
   * The origin of the tool's own pages (that of the redirect URI): the storage check must be posted
   * from there.
   *
   * @return e.g. {@code https://bif.example.dk}
   */
  public String toolOrigin() {
    return ContentSecurityPolicy.origin(redirectUri).orElseThrow();
  }

  /** The tool's public JWK Set as JSON, for {@code /lti/jwks}. */
  public String publicKeySetJson() {
    return toolKeys.publicKeys().toString(true);
  }

  /**
   * The Content-Security-Policy of the tool's pages, whose {@code frame-ancestors} are the
   * registered platforms' origins (and those given to {@link Builder#frameOrigin}).
   */
  public ContentSecurityPolicy contentSecurityPolicy() {
    return contentSecurityPolicy;
  }

  /** How long a login waits for its launch (also the binding cookie's lifetime). */
  public Duration stateLifetime() {
    return login.stateLifetime();
  }

  /**
   * Assembles an {@link LtiTool}. Registrations, tool keys, redirect URI and launch URLs are
   * required.
   */
  public static final class Builder {
    private RegistrationRepository registrations;
    private ToolKeys toolKeys;
    private URI redirectUri;
    private final List<URI> launchUrls = new ArrayList<>();
    private final List<URI> frameOrigins = new ArrayList<>();
    private Clock clock = Clock.systemUTC();
    private HttpFetcher fetcher;
    private KeySetCachePolicy keySetPolicy = KeySetCachePolicy.defaults();
    private LaunchPolicy launchPolicy = LaunchPolicy.defaults();
    private StateStore states;
    private NonceStore nonces;
    private SecureRandom random = new SecureRandom();
    private Duration stateLifetime = LoginInitiation.DEFAULT_STATE_LIFETIME;

    private Builder() {}

    /**
     * The platform registrations (required).
     *
     * @param registrations the repository
     * @return this builder
     */
    public Builder registrations(RegistrationRepository registrations) {
      this.registrations = registrations;
      return this;
    }

    /**
     * The tool's own keys (required).
     *
     * @param toolKeys the keys
     * @return this builder
     */
    public Builder toolKeys(ToolKeys toolKeys) {
      this.toolKeys = toolKeys;
      return this;
    }

    /**
     * The absolute URL of {@code /lti/launch} as registered with the platforms (required).
     *
     * @param redirectUri the URL
     * @return this builder
     */
    public Builder redirectUri(URI redirectUri) {
      this.redirectUri = redirectUri;
      return this;
    }

    /**
     * Adds a URL a target_link_uri may name (at least one required).
     *
     * @param launchUrl an absolute URL
     * @return this builder
     */
    public Builder launchUrl(URI launchUrl) {
      this.launchUrls.add(launchUrl);
      return this;
    }

    /**
     * A further origin that may frame the tool's pages, for an LMS that serves its pages from
     * another host than its issuer and authorization endpoint.
     *
     * @param origin e.g. {@code https://kp.itslearning.com}
     * @return this builder
     */
    public Builder frameOrigin(URI origin) {
      this.frameOrigins.add(Objects.requireNonNull(origin, "origin"));
      return this;
    }

    /**
     * The clock (default: system UTC).
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Outbound HTTP (default: {@link JdkHttpFetcher} with {@link HttpSettings#defaults()}).
     *
     * @param fetcher the fetcher
     * @return this builder
     */
    public Builder httpFetcher(HttpFetcher fetcher) {
      this.fetcher = fetcher;
      return this;
    }

    /**
     * Platform key-set caching (default: {@link KeySetCachePolicy#defaults()}).
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder keySetCachePolicy(KeySetCachePolicy policy) {
      this.keySetPolicy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Leeway, maximum token age, anonymous launches (default: {@link LaunchPolicy#defaults()}).
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder launchPolicy(LaunchPolicy policy) {
      this.launchPolicy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Where pending logins wait (default: in memory; share one across servers).
     *
     * @param states the store
     * @return this builder
     */
    public Builder stateStore(StateStore states) {
      this.states = states;
      return this;
    }

    /**
     * Where used nonces are kept (default: in memory; share one across servers).
     *
     * @param nonces the store
     * @return this builder
     */
    public Builder nonceStore(NonceStore nonces) {
      this.nonces = nonces;
      return this;
    }

    /**
     * The source of states and nonces (default: a new {@link SecureRandom}).
     *
     * @param random the source
     * @return this builder
     */
    public Builder secureRandom(SecureRandom random) {
      this.random = Objects.requireNonNull(random, "random");
      return this;
    }

    /**
     * How long a login waits for its launch (default {@link
     * LoginInitiation#DEFAULT_STATE_LIFETIME}).
     *
     * @param stateLifetime the lifetime
     * @return this builder
     */
    public Builder stateLifetime(Duration stateLifetime) {
      this.stateLifetime = Objects.requireNonNull(stateLifetime, "stateLifetime");
      return this;
    }

    /**
     * Builds the tool.
     *
     * @return the tool
     * @throws NullPointerException when a required part is missing
     * @throws IllegalArgumentException when no launch URL was given
     */
    public LtiTool build() {
      return new LtiTool(this);
    }
  }
}
