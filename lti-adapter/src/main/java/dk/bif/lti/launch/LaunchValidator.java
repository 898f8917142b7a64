package dk.bif.lti.launch;

import static dk.bif.lti.launch.ReasonCode.*;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import dk.bif.lti.keys.KeySetUnavailableException;
import dk.bif.lti.keys.PlatformKey;
import dk.bif.lti.keys.PlatformKeySets;
import dk.bif.lti.registration.Deployment;
import dk.bif.lti.registration.DeploymentId;
import dk.bif.lti.registration.PlatformRegistration;
import dk.bif.lti.registration.RegistrationRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks an id_token from an LTI 1.3 launch, one rule per step, each step citing the section it
 * enforces. Fails closed: any step that cannot decide refuses.
 *
 * <p>Stateless and thread-safe: it holds only thread-safe collaborators (the registrations, the
 * platform key cache, the nonce store, the clock) and keeps nothing per launch; its one memo, of
 * JWS headers whose signature verified, only saves parsing the same header twice.
 *
 * <p>The rules end where the launch is trusted; reading the trusted claims into an {@link
 * LtiLaunch} is {@link LaunchMapping}'s work.
 *
 * <p>Outcomes: an {@link LtiLaunch}; a {@link LaunchRefusedException} with a {@link ReasonCode}
 * when the token cannot be trusted; a {@link KeySetUnavailableException} when the platform's keys
 * cannot be fetched, which says nothing about the token.
 */
public final class LaunchValidator {
  static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";
  static final String MESSAGE_TYPE = LTI + "message_type";
  static final String VERSION = LTI + "version";
  static final String DEPLOYMENT_ID = LTI + "deployment_id";
  static final String TARGET_LINK_URI = LTI + "target_link_uri";
  static final String RESOURCE_LINK = LTI + "resource_link";
  static final String ROLES = LTI + "roles";
  static final String LAUNCH_PRESENTATION = LTI + "launch_presentation";
  static final String DEEP_LINKING_SETTINGS =
      "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings";

  private static final com.fasterxml.jackson.databind.ObjectReader CLAIMS_READER =
      new com.fasterxml.jackson.databind.ObjectMapper()
          .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .readerFor(new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() {});

  /** The only LTI version accepted. */
  public static final String LTI_VERSION = "1.3.0";

  private final RegistrationRepository registrations;
  private final PlatformKeySets keySets;
  private final NonceStore nonces;
  private final Clock clock;
  private final LaunchPolicy policy;
  private final Map<String, com.nimbusds.jose.JWSHeader> verifiedHeaders =
      CompactJws.newHeaderMemo();

  /**
   * Creates a validator.
   *
   * @param registrations the platform registrations
   * @param keySets the platforms' public keys
   * @param nonces the nonces already used
   * @param clock the time against which exp and iat are checked
   * @param policy leeway, maximum token age, anonymous launches
   */
  public LaunchValidator(
      RegistrationRepository registrations,
      PlatformKeySets keySets,
      NonceStore nonces,
      Clock clock,
      LaunchPolicy policy) {
    this.registrations = Objects.requireNonNull(registrations, "registrations");
    this.keySets = Objects.requireNonNull(keySets, "keySets");
    this.nonces = Objects.requireNonNull(nonces, "nonces");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  /** The policy in force. */
  public LaunchPolicy policy() {
    return policy;
  }

  /**
   * Validates an id_token posted to the launch endpoint.
   *
   * @param idToken the id_token form parameter
   * @param expected what the login that started this launch promised
   * @return the launch
   * @throws LaunchRefusedException when any rule is broken
   * @throws KeySetUnavailableException when the platform's key set cannot be fetched
   */
  public LtiLaunch validate(String idToken, LaunchExpectation expected)
      throws LaunchRefusedException, KeySetUnavailableException {
    PlatformRegistration registration = requireRegistration(expected);
    requireSizeWithinLimit(idToken);
    CompactJws jwt = requireSignedJwt(idToken);
    requireRs256(jwt.header());
    requireNoCriticalExtensions(jwt.header());
    String kid = requireKid(jwt.header());
    PlatformKey key = requirePublishedKey(registration, kid);
    RSASSAVerifier verifier = requireKeyFitsAlgorithm(key);
    requireValidSignature(jwt, verifier);
    Claims claims = requireClaims(jwt);
    Instant now = clock.instant();
    requireIssuer(claims, registration);
    requireAudience(claims, registration);
    requireAuthorizedParty(claims, registration);
    long issuedAt = requireIssuedAt(claims, now);
    requireNotExpired(claims, now);
    requireNotBefore(claims, now);
    String nonce = requireNonce(claims);
    requireNonceNotSeenBefore(registration, nonce, issuedAt);
    requireNonceOfThisLogin(nonce, expected);
    Deployment deployment = requireKnownDeployment(claims, registration, expected);
    requireVersion(claims);
    MessageType type = requireSupportedMessageType(claims);
    String targetLinkUri = requireTargetLinkUri(claims, expected);
    List<String> roleUris = requireRoles(claims);
    requireSubject(claims, type);
    requireResourceLinkId(claims, type);
    requireDeepLinkReturnUrl(claims, type);
    LtiLaunch launch =
        LaunchMapping.launch(claims, registration.key(), deployment, type, targetLinkUri, roleUris);
    requireWebReturnUrl(launch);
    return launch;
  }

  private PlatformRegistration requireRegistration(LaunchExpectation expected)
      throws LaunchRefusedException {
    return registrations
        .find(expected.registration())
        .orElseThrow(
            () ->
                new LaunchRefusedException(
                    UNKNOWN_CLIENT, "registration " + expected.registration() + " is gone"));
  }

  /** Size limit before any parsing, so a huge post costs nothing. */
  private static void requireSizeWithinLimit(String idToken) throws LaunchRefusedException {
    if (idToken == null || idToken.isBlank()) {
      throw new LaunchRefusedException(TOKEN_MISSING, "no id_token");
    }
    if (idToken.length() > LaunchPolicy.MAX_TOKEN_CHARS) {
      throw new LaunchRefusedException(
          TOKEN_TOO_LARGE,
          "id_token has "
              + idToken.length()
              + " characters; limit "
              + LaunchPolicy.MAX_TOKEN_CHARS);
    }
  }

  /**
   * The id_token is a JWS in compact form (Security Framework §5.1.3, OIDC Core §3.1.3.7); an
   * unsigned JWT is named as such:
   * https://www.imsglobal.org/spec/security/v1p0/#authentication-response-validation
   */
  private CompactJws requireSignedJwt(String idToken) throws LaunchRefusedException {
    return CompactJws.parse(idToken, verifiedHeaders);
  }

  /**
   * RS256 only; HS256 with the platform's public key as secret is the classic confusion attack.
   * https://www.imsglobal.org/spec/security/v1p0/#authentication-response-validation (step 6)
   */
  private static void requireRs256(JWSHeader header) throws LaunchRefusedException {
    if (!JWSAlgorithm.RS256.equals(header.getAlgorithm())) {
      throw new LaunchRefusedException(ALG_NOT_ALLOWED, "alg " + header.getAlgorithm());
    }
  }

  /**
   * No critical header extension: the tool understands none, and a JWS whose {@code crit} names one
   * the recipient does not understand must be refused.
   * https://www.rfc-editor.org/rfc/rfc7515#section-4.1.11
   */
  private static void requireNoCriticalExtensions(JWSHeader header) throws LaunchRefusedException {
    if (header.getCriticalParams() != null) {
      throw new LaunchRefusedException(CRIT_UNSUPPORTED, "crit " + header.getCriticalParams());
    }
  }

  /**
   * The header names the signing key; platforms publish several during rotation.
   * https://www.imsglobal.org/spec/security/v1p0/#h_key-set-url
   */
  private static String requireKid(JWSHeader header) throws LaunchRefusedException {
    String kid = header.getKeyID();
    if (kid == null || kid.isBlank()) throw new LaunchRefusedException(KID_MISSING, "no kid");
    return kid;
  }

  /**
   * The key comes from the registration's key set, refetched when the kid is new.
   * https://www.imsglobal.org/spec/security/v1p0/#issuer-public-key-rotation
   */
  private PlatformKey requirePublishedKey(PlatformRegistration registration, String kid)
      throws LaunchRefusedException, KeySetUnavailableException {
    return keySets
        .find(registration.keySource(), kid)
        .orElseThrow(
            () ->
                new LaunchRefusedException(
                    KID_UNKNOWN, "kid " + kid + " not in " + registration.keySource()));
  }

  /**
   * The alg in the header must fit the key: an RSA signing key, not restricted to another alg.
   * https://www.rfc-editor.org/rfc/rfc8725#section-3.1
   */
  private static RSASSAVerifier requireKeyFitsAlgorithm(PlatformKey key)
      throws LaunchRefusedException {
    return key.rs256Verifier()
        .orElseThrow(
            () ->
                new LaunchRefusedException(
                    ALG_KEY_MISMATCH,
                    "kid "
                        + key.kid()
                        + " is "
                        + key.jwk().getKeyType()
                        + " alg "
                        + key.jwk().getAlgorithm()));
  }

  /**
   * The signature verifies with the platform's key.
   * https://www.imsglobal.org/spec/security/v1p0/#authentication-response-validation (step 1)
   */
  private void requireValidSignature(CompactJws jws, RSASSAVerifier verifier)
      throws LaunchRefusedException {
    boolean valid;
    try {
      valid = verifier.verify(jws.header(), jws.signingInput(), jws.signature());
    } catch (JOSEException e) {
      valid = false;
    }
    if (!valid) throw new LaunchRefusedException(SIGNATURE_INVALID, "signature does not verify");
    jws.rememberVerifiedHeader(verifiedHeaders);
  }

  /**
   * The payload is one JSON object without duplicate members (a second {@code iss} must not
   * override the first). Parsed with Jackson straight from the bytes.
   */
  private static Claims requireClaims(CompactJws jws) throws LaunchRefusedException {
    try {
      Map<String, Object> json = CLAIMS_READER.readValue(jws.payload());
      if (json == null) throw new LaunchRefusedException(TOKEN_MALFORMED, "payload is null");
      return new Claims(json, "");
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new LaunchRefusedException(
          TOKEN_MALFORMED, "payload is not one JSON object: " + e.getOriginalMessage());
    } catch (java.io.IOException e) {
      throw new LaunchRefusedException(TOKEN_MALFORMED, "payload cannot be read");
    }
  }

  /**
   * iss equals the registration's issuer, which is the login's.
   * https://www.imsglobal.org/spec/security/v1p0/#authentication-response-validation (step 2)
   */
  private static void requireIssuer(Claims claims, PlatformRegistration registration)
      throws LaunchRefusedException {
    Optional<String> iss = claims.text("iss");
    if (iss.isEmpty() || !iss.get().equals(registration.issuer().value())) {
      throw new LaunchRefusedException(
          ISSUER_MISMATCH,
          "iss " + iss.orElse("(none)") + ", login issuer " + registration.issuer());
    }
  }

  /**
   * aud contains our client_id; a string or an array.
   * https://www.imsglobal.org/spec/security/v1p0/#authentication-response-validation (step 3)
   */
  private static void requireAudience(Claims claims, PlatformRegistration registration)
      throws LaunchRefusedException {
    List<String> audiences = audiences(claims);
    if (!audiences.contains(registration.clientId().value())) {
      throw new LaunchRefusedException(
          AUDIENCE_MISMATCH, "aud " + audiences + " lacks client " + registration.clientId());
    }
  }

  private static List<String> audiences(Claims claims) throws LaunchRefusedException {
    Object aud = claims.raw("aud");
    if (aud instanceof String s) return List.of(s);
    return claims.strings("aud", LaunchPolicy.MAX_ROLES).orElse(List.of());
  }

  /**
   * Several audiences need azp, and azp, when present, is our client_id.
   * https://www.imsglobal.org/spec/security/v1p0/#authentication-response-validation (steps 4, 5)
   */
  private static void requireAuthorizedParty(Claims claims, PlatformRegistration registration)
      throws LaunchRefusedException {
    Object raw = claims.raw("azp");
    if (raw != null && (!(raw instanceof String s) || s.isBlank())) {
      throw claims.malformed("azp", "the client_id of the tool (a non-blank string)");
    }
    Optional<String> azp = claims.text("azp");
    if (audiences(claims).size() > 1 && azp.isEmpty()) {
      throw new LaunchRefusedException(AZP_MISSING, "several audiences and no azp");
    }
    if (azp.isPresent() && !azp.get().equals(registration.clientId().value())) {
      throw new LaunchRefusedException(AZP_MISMATCH, "azp " + azp.get());
    }
  }

  /**
   * iat is present, not in the future beyond the leeway, and not older than the maximum age.
   * https://www.imsglobal.org/spec/security/v1p0/#authentication-response-validation (step 8)
   */
  private long requireIssuedAt(Claims claims, Instant now) throws LaunchRefusedException {
    long iat =
        claims.seconds("iat").orElseThrow(() -> new LaunchRefusedException(IAT_MISSING, "no iat"));
    long leeway = policy.clockLeeway().toSeconds();
    if (iat > now.getEpochSecond() + leeway) {
      throw new LaunchRefusedException(
          IAT_IN_FUTURE, "iat " + iat + " > now " + now.getEpochSecond());
    }
    if (now.getEpochSecond() - iat > policy.maxTokenAge().toSeconds() + leeway) {
      throw new LaunchRefusedException(
          TOKEN_TOO_OLD, "iat " + iat + ", now " + now.getEpochSecond());
    }
    return iat;
  }

  /**
   * exp is present and not passed beyond the leeway.
   * https://www.imsglobal.org/spec/security/v1p0/#authentication-response-validation (step 7)
   */
  private void requireNotExpired(Claims claims, Instant now) throws LaunchRefusedException {
    long exp =
        claims.seconds("exp").orElseThrow(() -> new LaunchRefusedException(EXP_MISSING, "no exp"));
    if (now.getEpochSecond() > exp + policy.clockLeeway().toSeconds()) {
      throw new LaunchRefusedException(
          TOKEN_EXPIRED, "exp " + exp + ", now " + now.getEpochSecond());
    }
  }

  /**
   * nbf, when present, has been reached, give or take the leeway.
   * https://www.rfc-editor.org/rfc/rfc7519#section-4.1.5
   */
  private void requireNotBefore(Claims claims, Instant now) throws LaunchRefusedException {
    Optional<Long> nbf = claims.seconds("nbf");
    if (nbf.isPresent() && nbf.get() > now.getEpochSecond() + policy.clockLeeway().toSeconds()) {
      throw new LaunchRefusedException(
          TOKEN_NOT_YET_VALID, "nbf " + nbf.get() + ", now " + now.getEpochSecond());
    }
  }

  /**
   * nonce is present.
   * https://www.imsglobal.org/spec/security/v1p0/#authentication-response-validation (step 9)
   */
  private static String requireNonce(Claims claims) throws LaunchRefusedException {
    return claims
        .text("nonce")
        .orElseThrow(() -> new LaunchRefusedException(NONCE_MISSING, "no nonce"));
  }

  /**
   * A nonce is used once: a captured token posted again with a fresh state is a replay.
   * https://www.imsglobal.org/spec/security/v1p0/#authentication-response-validation (step 9)
   */
  private void requireNonceNotSeenBefore(
      PlatformRegistration registration, String nonce, long issuedAt)
      throws LaunchRefusedException {
    Instant keepUntil =
        Instant.ofEpochSecond(issuedAt).plus(policy.maxTokenAge()).plus(policy.clockLeeway());
    if (!nonces.firstUse(registration.issuer(), nonce, keepUntil)) {
      throw new LaunchRefusedException(NONCE_REPLAYED, "nonce already used");
    }
  }

  /**
   * The nonce is the one this login sent.
   * https://openid.net/specs/openid-connect-core-1_0.html#NonceNotes
   */
  private static void requireNonceOfThisLogin(String nonce, LaunchExpectation expected)
      throws LaunchRefusedException {
    if (!java.security.MessageDigest.isEqual(
        nonce.getBytes(java.nio.charset.StandardCharsets.UTF_8),
        expected.nonce().getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
      throw new LaunchRefusedException(NONCE_MISMATCH, "nonce is not the login's");
    }
  }

  /**
   * deployment_id is present, registered, and the one the login named.
   * https://www.imsglobal.org/spec/lti/v1p3/#lti-deployment-id-claim
   */
  private static Deployment requireKnownDeployment(
      Claims claims, PlatformRegistration registration, LaunchExpectation expected)
      throws LaunchRefusedException {
    DeploymentId id =
        claims
            .identifier(DEPLOYMENT_ID)
            .map(DeploymentId::of)
            .orElseThrow(
                () -> new LaunchRefusedException(DEPLOYMENT_ID_MISSING, "no deployment_id"));
    if (expected.deploymentId().isPresent() && !expected.deploymentId().get().equals(id)) {
      throw new LaunchRefusedException(
          DEPLOYMENT_MISMATCH,
          "deployment " + id + ", login named " + expected.deploymentId().get());
    }
    return registration
        .deployment(id)
        .orElseThrow(() -> new LaunchRefusedException(DEPLOYMENT_UNKNOWN, "deployment " + id));
  }

  /** version is 1.3.0. https://www.imsglobal.org/spec/lti/v1p3/#lti-version-claim */
  private static void requireVersion(Claims claims) throws LaunchRefusedException {
    String version =
        claims
            .identifier(VERSION)
            .orElseThrow(() -> new LaunchRefusedException(VERSION_MISSING, "no version"));
    if (!LTI_VERSION.equals(version)) {
      throw new LaunchRefusedException(VERSION_UNSUPPORTED, "version " + version);
    }
  }

  /**
   * message_type is one the tool supports.
   * https://www.imsglobal.org/spec/lti/v1p3/#message-type-claim
   */
  private static MessageType requireSupportedMessageType(Claims claims)
      throws LaunchRefusedException {
    String value =
        claims
            .identifier(MESSAGE_TYPE)
            .orElseThrow(() -> new LaunchRefusedException(MESSAGE_TYPE_MISSING, "no message_type"));
    return MessageType.of(value)
        .orElseThrow(
            () -> new LaunchRefusedException(MESSAGE_TYPE_UNSUPPORTED, "message_type " + value));
  }

  /**
   * target_link_uri is present and equals the login's.
   * https://www.imsglobal.org/spec/lti/v1p3/#target-link-uri
   */
  private static String requireTargetLinkUri(Claims claims, LaunchExpectation expected)
      throws LaunchRefusedException {
    String target =
        claims
            .text(TARGET_LINK_URI)
            .orElseThrow(
                () -> new LaunchRefusedException(TARGET_LINK_URI_MISSING, "no target_link_uri"));
    if (!target.equals(expected.targetLinkUri())) {
      throw new LaunchRefusedException(
          TARGET_LINK_URI_MISMATCH,
          "target_link_uri " + target + ", login had " + expected.targetLinkUri());
    }
    return target;
  }

  /**
   * roles is present (possibly empty) and an array of strings.
   * https://www.imsglobal.org/spec/lti/v1p3/#roles-claim
   */
  private static List<String> requireRoles(Claims claims) throws LaunchRefusedException {
    return claims
        .strings(ROLES, LaunchPolicy.MAX_ROLES)
        .orElseThrow(() -> new LaunchRefusedException(ROLES_MISSING, "no roles claim"));
  }

  /**
   * sub is present unless the launch is an allowed anonymous resource link launch.
   * https://www.imsglobal.org/spec/lti/v1p3/#user-identity-claims
   */
  private void requireSubject(Claims claims, MessageType type) throws LaunchRefusedException {
    boolean anonymousAllowed = policy.allowAnonymousLaunches() && type == MessageType.RESOURCE_LINK;
    if (claims.identifier("sub").isEmpty() && !anonymousAllowed) {
      throw new LaunchRefusedException(SUBJECT_MISSING, "no sub");
    }
  }

  /**
   * A resource link launch carries resource_link.id.
   * https://www.imsglobal.org/spec/lti/v1p3/#resource-link-claim
   */
  private static void requireResourceLinkId(Claims claims, MessageType type)
      throws LaunchRefusedException {
    if (type != MessageType.RESOURCE_LINK) return;
    Optional<Claims> link = claims.object(RESOURCE_LINK);
    if (link.isEmpty() || link.get().identifier("id").isEmpty()) {
      throw new LaunchRefusedException(RESOURCE_LINK_MISSING, "no resource_link.id");
    }
  }

  /**
   * A deep linking request carries deep_link_return_url, where the tool's page sends the browser
   * with the response: https only (plain http on a loopback host when the policy allows it), never
   * a {@code javascript:} or {@code data:} URL that would run in the tool's origin.
   * https://www.imsglobal.org/spec/lti-dl/v2p0/#deep-linking-settings
   */
  private void requireDeepLinkReturnUrl(Claims claims, MessageType type)
      throws LaunchRefusedException {
    if (type != MessageType.DEEP_LINKING) return;
    Optional<Claims> settings = claims.object(DEEP_LINKING_SETTINGS);
    Optional<String> text =
        settings.isPresent() ? settings.get().text("deep_link_return_url") : Optional.empty();
    if (text.isEmpty()) {
      throw new LaunchRefusedException(DEEP_LINK_RETURN_URL_MISSING, "no deep_link_return_url");
    }
    Optional<java.net.URI> url;
    try {
      url = settings.get().uri("deep_link_return_url");
    } catch (LaunchRefusedException e) {
      if (e.code() == CLAIM_TOO_LARGE) throw e;
      throw new LaunchRefusedException(
          DEEP_LINK_RETURN_URL_INVALID, "deep_link_return_url is not an absolute URL");
    }
    if (url.isEmpty() || !policy.acceptsBrowserUrl(url.get())) {
      throw new LaunchRefusedException(
          DEEP_LINK_RETURN_URL_INVALID,
          "deep_link_return_url has scheme "
              + url.map(java.net.URI::getScheme).orElse("(none)")
              + "; https required"
              + (policy.allowHttpOnLoopback() ? " (http on a loopback host)" : ""));
    }
  }

  /**
   * launch_presentation.return_url, when present, is a web address (http or https with a host),
   * never a {@code javascript:} or {@code data:} URL that a "back" link would run in the tool's
   * origin. Checked on the launch as read, so the URL is parsed once. (Unlike the deep-linking
   * return URL, which receives a signed response, plain http is allowed: it is only navigated to.)
   * https://www.imsglobal.org/spec/lti/v1p3/#launch-presentation-claim
   */
  private static void requireWebReturnUrl(LtiLaunch launch) throws LaunchRefusedException {
    if (launch.returnUrl().isPresent() && !LaunchPolicy.isWebUrl(launch.returnUrl().get())) {
      throw new LaunchRefusedException(
          CLAIM_MALFORMED, LAUNCH_PRESENTATION + ".return_url must be an http(s) URL");
    }
  }
}
